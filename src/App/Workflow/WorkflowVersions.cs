namespace XjKeji.App.Workflow;

/// <summary>
/// Orchestration versioning. Every instance carries the version it was started with in its input, and keeps it for life
/// (stage instances inherit it). A deploy that changes what an orchestrator does, in an order that would break replay
/// of running instances, adds a new version number and keeps the old code path for instances with the old number
/// (<c>if (input.Version &gt;= 2) …</c>). Old branches are deleted only once no instance of that version runs.
/// </summary>
public static class WorkflowVersions
{
    /// <summary>
    /// The version new instances start with. 2: a stage instance that finds the project gone from its stage ends with
    /// the view its plan activity synced (<see cref="Activities.PlanStageActivity"/>) instead of a sync activity of its own,
    /// and the lifecycle takes the next stage from that view instead of syncing again (<see cref="ProjectLifecycleOrchestrator"/>).
    /// </summary>
    public const int Current = 2;
}
