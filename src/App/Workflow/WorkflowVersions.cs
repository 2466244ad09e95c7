namespace XjKeji.App.Workflow;

/// <summary>
/// Orchestration versioning. Every instance carries the version it was started with in its input, and keeps it for life
/// (stage instances inherit it). A deploy that changes what an orchestrator does, in an order that would break replay
/// of running instances adds a version, named here, and keeps the old code path for instances with an older number
/// (<c>if (input.Version &gt;= WorkflowVersions.StageEndsWithSyncedView) …</c>). Old branches are deleted only once no
/// instance of that version runs.
/// </summary>
public static class WorkflowVersions
{
    /// <summary>The version new instances start with.</summary>
    public const int Current = PlanInSignal;

    /// <summary>
    /// Version 2: a stage instance that finds the project gone from its stage ends with the view its plan activity synced
    /// (<see cref="Activities.PlanStageActivity"/>), and the lifecycle starts the next stage from that view
    /// (<see cref="ProjectLifecycleOrchestrator"/>). Version-1 instances sync in an activity of their own, twice a
    /// transition.
    /// </summary>
    public const int StageEndsWithSyncedView = 2;

    /// <summary>
    /// Version 3: the lifecycle instance watches each stage itself, with no sub-orchestration per stage visit, and
    /// <see cref="WorkflowEvents.ProjectChanged"/> goes to the lifecycle (the project id). When the project moves on, one
    /// plan activity syncs it and plans the stage it entered (<see cref="Activities.PlanStageActivity"/>): a human step
    /// costs two orchestration work items and one activity, where version 2 took five and two. Version-1 and -2
    /// lifecycles pass the event on to their current stage instance.
    /// </summary>
    public const int OneInstancePerLifecycle = 3;

    /// <summary>
    /// Version 4: a handler that changes a project sends, with <see cref="WorkflowEvents.ProjectChanged"/>, the plan of the
    /// visit the project is in after the change (<see cref="SignalledPlan"/>, made by <see cref="SignalPlanner"/>; none
    /// when the visit left holds decisions with consequences, which stay with the plan activity's sync). The lifecycle
    /// takes that plan when it follows on from the visit it watches, and so a human step costs one orchestration work
    /// item and no activity. A version-3 lifecycle ignores the plan and plans in its activity.
    /// </summary>
    public const int PlanInSignal = 4;
}
