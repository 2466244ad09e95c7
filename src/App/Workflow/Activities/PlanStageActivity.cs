using Microsoft.DurableTask;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Workflow.Activities;

/// <summary>
/// Computes a stage visit's schedule from the stored project (<see cref="StageSchedule"/>) and converts each business
/// instant to the wall-clock time of its durable timer, so the orchestrator itself never needs the calendar or the clock.
/// From workflow version 2, a project found out of the stage is also synced (<see cref="ProjectSync"/>) and its view
/// returned, so the ending stage instance needs no sync activity of its own; from version 3 the plan of the visit it is
/// in now comes with it, for the lifecycle that watches every stage itself.
/// </summary>
public sealed class PlanStageActivity : TaskActivity<StageInput, StagePlan>
{
    private readonly IProjectRepository _projects;
    private readonly DeadlinePolicy _policy;
    private readonly IBusinessClock _clock;
    private readonly WorkflowOptions _options;
    private readonly ProjectSync _sync;

    /// <summary>Creates the activity.</summary>
    public PlanStageActivity(IProjectRepository projects, DeadlinePolicy policy, IBusinessClock clock, WorkflowOptions options, ProjectSync sync)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
    }

    /// <inheritdoc />
    public override async Task<StagePlan> RunAsync(TaskActivityContext context, StageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await _projects.FindAsync(input.ProjectId);
        if (found is null || !input.Is(StageView.Of(found.Project)))
        {
            // A version-1 stage instance calls SyncProjectActivity itself next; it must get the plan it always got.
            var left = input.Version < WorkflowVersions.StageEndsWithSyncedView ? null : await _sync.SyncAsync(found?.Project);

            // A version-3 lifecycle goes on watching the project in the visit it entered: plan that visit now, from the
            // same read, instead of in a second activity.
            var next = input.Version >= WorkflowVersions.OneInstancePerLifecycle && found is not null && !left!.IsTerminal ? PlannedSteps.Of(found.Project, _policy, _clock) : [];
            return new StagePlan(false, next, _options.RecheckInterval, left, found?.Project.AuditSequence);
        }

        return new StagePlan(true, PlannedSteps.Of(found.Project, _policy, _clock), _options.RecheckInterval, PlannedAtSequence: found.Project.AuditSequence);
    }
}
