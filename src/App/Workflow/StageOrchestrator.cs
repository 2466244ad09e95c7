using Microsoft.DurableTask;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.App.Workflow;

/// <summary>
/// Watches one visit of one stage of a project: sends reminders before the stage's deadline, the overdue notice after it,
/// applies the overdue action when the grace ends, and makes the system's own transitions (end of publicity, approval,
/// mid-term notice, end of execution). It ends as soon as the project leaves the stage.
/// </summary>
/// <remarks>
/// Each turn (<see cref="StageVisitStep"/>) races the next step's durable timer against
/// <see cref="WorkflowEvents.ProjectChanged"/>; the loser is cancelled so no timer or event subscription outlives its
/// iteration. After any event the plan is read again, so the schedule always follows the stored project (an extension
/// moves the end date; a resolved objection unblocks approval). From workflow version 3 the lifecycle takes these turns
/// itself and no stage instance is started.
/// </remarks>
public sealed class StageOrchestrator : TaskOrchestrator<StageInput, StageView>
{
    /// <summary>
    /// Wake-ups per history. A stage has at most a dozen steps and a few changes; past this bound the instance continues
    /// as new (keeping unprocessed events), and since every step is idempotent by key, nothing is done twice.
    /// </summary>
    public const int MaxIterationsPerHistory = 200;

    /// <inheritdoc />
    public override async Task<StageView> RunAsync(TaskOrchestrationContext context, StageInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var iteration = 0; iteration < MaxIterationsPerHistory; iteration++)
        {
            var plan = await context.CallActivityAsync<StagePlan>(nameof(PlanStageActivity), input, WorkflowRetry.Activities);
            if (!plan.InStage)
            {
                // From version 2 the plan activity has synced the project it found out of the stage; version 1 syncs here.
                return plan.Left ?? await context.CallActivityAsync<StageView>(nameof(SyncProjectActivity), input.ProjectId, WorkflowRetry.Activities);
            }

            await StageVisitStep.TakeAsync(context, input, plan, done);
        }

        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return new StageView(input.Stage, input.EnteredAtSequence, false);
    }
}
