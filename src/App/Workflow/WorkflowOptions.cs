namespace XjKeji.App.Workflow;

/// <summary>Workflow settings (configuration section <c>Workflow</c>).</summary>
public sealed record WorkflowOptions
{
    /// <summary>
    /// How long a stage orchestration waits with nothing scheduled before it re-reads the project anyway. A safety net
    /// for a signal lost between a handler's write and its event; long, because each wake-up adds history.
    /// </summary>
    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Where program officers receive escalations and digests.</summary>
    public string OfficerEmail { get; init; } = "jhc@xjkjt.example.cn";

    /// <summary>Base URL of the portal, for links in emails.</summary>
    public Uri PortalBaseUrl { get; init; } = new("http://127.0.0.1:7071/");
}
