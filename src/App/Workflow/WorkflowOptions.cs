namespace XjKeji.App.Workflow;

/// <summary>Workflow settings (configuration section <c>Workflow</c>).</summary>
public sealed record WorkflowOptions
{
    /// <summary>
    /// How long a stage orchestration waits with nothing scheduled before it re-reads the project anyway. A safety net
    /// for a signal lost between a handler's write and its event; long, because each wake-up adds history.
    /// </summary>
    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Longest a request waits on the workflow backend to take a signal or a start. A backend whose storage is away
    /// retries for half a minute or more, and a caller must not wait that long for a write already made: a signal not
    /// taken in time is dropped (the lifecycle re-reads the project at its next timer or recheck), and a start not
    /// confirmed in time is answered 503 with Retry-After, whose retry starts the lifecycle (starting is idempotent).
    /// </summary>
    public TimeSpan BackendWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where program officers receive escalations and digests.</summary>
    public string OfficerEmail { get; init; } = "jhc@xjkjt.example.cn";

    /// <summary>Base URL of the portal, for links in emails.</summary>
    public Uri PortalBaseUrl { get; init; } = new("http://127.0.0.1:7071/");
}
