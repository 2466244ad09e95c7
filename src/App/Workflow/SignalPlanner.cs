using Microsoft.Extensions.Logging;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow;

/// <summary>
/// Makes, in the handler that has just written a change, the plan the lifecycle would otherwise make in an activity
/// (<see cref="SignalledPlan"/>, from version 4): the handler holds the project as written, so the lifecycle need not read
/// it again. A change that moved the project to another visit gets a plan only when the visit's audit entries hold no
/// decision with consequences (credit events, survey emails): those stay with the plan activity's sync, which is retried
/// until it succeeds, and out of the handler's request (in production a survey email is a call to SendGrid).
/// </summary>
/// <remarks>
/// Why: the plan activity cost each human step an orchestration work item and an activity, about half of the storage
/// requests of a step on the Azure Storage backend. Nothing is lost when the planner fails or the process dies: the
/// signal then carries no plan, or is not sent, and the lifecycle plans (and syncs) in its activity as before, on the
/// signal or on its next timer (a later signal is made from a visit the lifecycle has not seen, so it is not taken).
/// </remarks>
public sealed partial class SignalPlanner
{
    private readonly ProjectSync _sync;
    private readonly DeadlinePolicy _policy;
    private readonly IBusinessClock _clock;
    private readonly WorkflowOptions _options;
    private readonly ILogger<SignalPlanner> _logger;

    /// <summary>Creates the planner.</summary>
    public SignalPlanner(ProjectSync sync, DeadlinePolicy policy, IBusinessClock clock, WorkflowOptions options, ILogger<SignalPlanner> logger)
    {
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// The signal for <paramref name="project"/>, just written, which was in visit <paramref name="before"/>: with the plan
    /// of the visit it is in now, or without one when it left a visit whose decisions have consequences (or whose trail
    /// could not be read).
    /// </summary>
    public async Task<ProjectChanged> SignalAsync(StageView before, Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(project);
        var after = StageView.Of(project);

        // A first submission is nobody's decision, and a draft's trail holds none: nothing to read, on the request the
        // deadline rush makes most.
        if (after != before && before.Stage != ProjectStage.Draft)
        {
            try
            {
                if (await _sync.HasDecisionsAfterAsync(project, before.EnteredAtSequence, cancellationToken))
                {
                    return new ProjectChanged(project.AuditSequence);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is written and is what counts; the lifecycle's activity reads the trail again, with retries.
                LogTrailUnread(e, project.Id, project.AuditSequence);
                return new ProjectChanged(project.AuditSequence);
            }
        }

        var steps = after.IsTerminal ? [] : PlannedSteps.Of(project, _policy, _clock);
        return new ProjectChanged(project.AuditSequence, new SignalledPlan(before, after, steps, _options.RecheckInterval));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the audit trail of {ProjectId} at audit {AuditSequence}; its lifecycle plans in its activity.")]
    private partial void LogTrailUnread(Exception exception, string projectId, int auditSequence);
}
