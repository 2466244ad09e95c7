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
    /// Longest a request waits for the workflow backend to take a signal. A backend whose storage is away retries for
    /// half a minute or more, and a caller must not wait that long for a write already made. Past this wait the signal
    /// goes on in the background (its failure logged) and the request answers; should the signal be lost, the lifecycle
    /// re-reads the project at its next timer or recheck.
    /// </summary>
    public TimeSpan SignalWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest a submission waits for the backend to confirm its lifecycle's start. Longer than <see cref="SignalWait"/>:
    /// nothing else starts a lifecycle, so an unconfirmed start is answered 503 with Retry-After, whose retry finds the
    /// lifecycle or starts it, and under a deadline rush a start takes tens of seconds (p95 21 s at 10,000 applications
    /// on the benchmark). The start goes on in the background either way.
    /// </summary>
    public TimeSpan StartWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where program officers receive escalations and digests.</summary>
    public string OfficerEmail { get; init; } = "jhc@xjkjt.example.cn";

    /// <summary>Base URL of the portal, for links in emails.</summary>
    public Uri PortalBaseUrl { get; init; } = new("http://127.0.0.1:7071/");
}
