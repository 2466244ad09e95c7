using Microsoft.DurableTask;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.App.Workflow;

/// <summary>
/// One per project, from submission to a terminal stage. It keeps no state of its own: where the project stands comes
/// from Table storage (the source of truth), read by its activities. From workflow version 3 it watches each stage visit
/// itself (<see cref="StageVisitStep"/>) and receives <see cref="WorkflowEvents.ProjectChanged"/>; up to version 2 each
/// stage visit went to a short <see cref="StageOrchestrator"/> sub-orchestration, which such lifecycles still start.
/// </summary>
/// <remarks>
/// Why one instance: a human step used to cost five orchestration work items and two activities (the stage instance
/// woke, planned, ended; the lifecycle woke and started the next stage instance, which planned and waited), each work
/// item several storage requests. In version 3 it costs two and one: the lifecycle wakes and plans, and the plan
/// activity, finding the project gone from the visit, syncs it and plans the visit it entered. From version 4 it costs
/// one and none: the signal carries the handler's plan (<see cref="SignalledPlan"/>), taken when it follows on from the
/// visit and plan the lifecycle has; any other wake-up plans in the activity as before. The history grows by a few events per turn;
/// past <see cref="MaxTurnsPerHistory"/> the instance continues as new, keeping unprocessed events.
/// </remarks>
public sealed class ProjectLifecycleOrchestrator : TaskOrchestrator<LifecycleInput, LifecycleOutcome>
{
    /// <summary>
    /// Stage visits per history up to version 2. A real lifecycle has fewer than 20; past this bound (a project bounced
    /// back and forth without end) the instance starts afresh with ContinueAsNew, which is safe here because nothing is
    /// pending.
    /// </summary>
    public const int MaxStageVisitsPerHistory = 100;

    /// <summary>
    /// Turns (plans and waits) per history from version 3. A stage visit takes a few (a reminder, an overdue notice,
    /// each change, a recheck a month), so a whole lifecycle rarely continues as new; every step is idempotent by key, so
    /// one that does forgets nothing that matters.
    /// </summary>
    public const int MaxTurnsPerHistory = 100;

    /// <inheritdoc />
    public override async Task<LifecycleOutcome> RunAsync(TaskOrchestrationContext context, LifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return input.Version >= WorkflowVersions.OneInstancePerLifecycle
            ? await WatchEveryStageAsync(context, input)
            : await RunStageInstancesAsync(context, input);
    }

    private static async Task<LifecycleOutcome> WatchEveryStageAsync(TaskOrchestrationContext context, LifecycleInput input)
    {
        // The first plan is of no visit, so it syncs the project and plans wherever it stands; from version 4 a first
        // submission's own plan stands in for it.
        var visit = StageInput.Anywhere(input.ProjectId, input.Version);
        var done = new HashSet<string>(StringComparer.Ordinal);
        using var timers = new HeldLifecycleTimer();
        var takesSignalledPlans = input.Version >= WorkflowVersions.PlanInSignal;
        StagePlan? signalled = takesSignalledPlans ? SignalledPlan.First(input.Submitted) : null;
        for (var turn = 0; turn < MaxTurnsPerHistory; turn++)
        {
            var plan = signalled ?? await context.CallActivityAsync<StagePlan>(nameof(PlanStageActivity), visit, WorkflowRetry.Activities);
            if (!plan.InStage)
            {
                var view = plan.Left ?? throw new InvalidOperationException($"The plan of {visit.InstanceId} left the visit without saying where to (version {input.Version}).");
                if (view.IsTerminal)
                {
                    return new LifecycleOutcome(view.Stage);
                }

                visit = new StageInput(input.ProjectId, view.Stage, view.EnteredAtSequence, input.Version);
                done.Clear();
                context.SetCustomStatus(LifecycleStatus.Of(view));
            }

            var change = await StageVisitStep.TakeAsync(context, visit, plan, done, timers);

            // From version 4 the handler's plan stands in for the activity when it follows on from this visit and plan.
            signalled = takesSignalledPlans ? SignalledPlan.Adoptable(change, visit, plan.PlannedAtSequence) : null;
        }

        // The submission's plan is long out of date by now: the continued instance plans from the stored project.
        context.ContinueAsNew(input with { Submitted = null }, preserveUnprocessedEvents: true);
        return new LifecycleOutcome(default);
    }

    private static async Task<LifecycleOutcome> RunStageInstancesAsync(TaskOrchestrationContext context, LifecycleInput input)
    {
        StageView? next = null;
        for (var visit = 0; visit < MaxStageVisitsPerHistory; visit++)
        {
            var view = next ?? await context.CallActivityAsync<StageView>(nameof(SyncProjectActivity), input.ProjectId, WorkflowRetry.Activities);
            if (view.IsTerminal)
            {
                return new LifecycleOutcome(view.Stage);
            }

            var stage = new StageInput(input.ProjectId, view.Stage, view.EnteredAtSequence, input.Version);
            context.SetCustomStatus(LifecycleStatus.Of(view));
            var ended = await FollowStageInstanceAsync(context, stage);

            // Version 1 synced the project again after every stage instance. A stage instance ends with that very sync
            // (ProjectSync, run once it saw the project leave its stage), so from version 2 its answer is used: one
            // orchestration work item and one activity fewer per transition. A view of the same visit (which a stage
            // instance never returns) is read again rather than trusted, so the loop cannot restart a finished visit.
            next = input.Version >= WorkflowVersions.StageEndsWithSyncedView && (ended.Stage, ended.EnteredAtSequence) != (view.Stage, view.EnteredAtSequence) ? ended : null;
        }

        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return new LifecycleOutcome(default);
    }

    // Since version 3 the signals go to the lifecycle. A lifecycle started earlier passes each one on to the stage
    // instance it runs, which is the one that acts on it. Replaying a history from before this code adds nothing: waiting
    // for an event schedules no action, and only an event raised since then is passed on.
    private static async Task<StageView> FollowStageInstanceAsync(TaskOrchestrationContext context, StageInput stage)
    {
        var ended = context.CallSubOrchestratorAsync<StageView>(nameof(StageOrchestrator), stage, new SubOrchestrationOptions(WorkflowRetry.Activities, stage.InstanceId));

        // Bounded so the history is: past the bound (changes without end) the stage instance's own recheck takes over.
        for (var forwarded = 0; forwarded < MaxStageVisitsPerHistory; forwarded++)
        {
            using var cancel = new CancellationTokenSource();
            var signal = context.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, cancel.Token);
            if (await Task.WhenAny(ended, signal) == ended)
            {
                cancel.CancelHere();
                break;
            }

            context.SendEvent(stage.InstanceId, WorkflowEvents.ProjectChanged, await signal);
        }

        return await ended;
    }
}
