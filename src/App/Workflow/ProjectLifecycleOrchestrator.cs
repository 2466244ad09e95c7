using Microsoft.DurableTask;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.App.Workflow;

/// <summary>
/// One per project, from submission to a terminal stage. It keeps no state of its own: where the project stands comes
/// from Table storage (the source of truth), read at the start and then as each stage instance last saw it, and each
/// stage goes to a short <see cref="StageOrchestrator"/> sub-orchestration that owns that stage's deadlines. The history
/// grows by a few events per stage — about a hundred for the longest lifecycle — however long execution lasts, with no
/// <c>ContinueAsNew</c> and its event-loss risk.
/// </summary>
public sealed class ProjectLifecycleOrchestrator : TaskOrchestrator<LifecycleInput, LifecycleOutcome>
{
    /// <summary>
    /// Stage visits per history. A real lifecycle has fewer than 20; past this bound (a project bounced back and forth
    /// without end) the instance starts afresh with ContinueAsNew, which is safe here because nothing is pending.
    /// </summary>
    public const int MaxStageVisitsPerHistory = 100;

    /// <inheritdoc />
    public override async Task<LifecycleOutcome> RunAsync(TaskOrchestrationContext context, LifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        StageView? next = null;
        for (var visit = 0; visit < MaxStageVisitsPerHistory; visit++)
        {
            var view = next ?? await context.CallActivityAsync<StageView>(nameof(SyncProjectActivity), input.ProjectId, WorkflowRetry.Activities);
            if (view.IsTerminal)
            {
                return new LifecycleOutcome(view.Stage);
            }

            var stage = new StageInput(input.ProjectId, view.Stage, view.EnteredAtSequence, input.Version);
            context.SetCustomStatus(new { stage = view.Stage.ToString(), since = view.EnteredAtSequence });
            var ended = await context.CallSubOrchestratorAsync<StageView>(nameof(StageOrchestrator), stage, new SubOrchestrationOptions(WorkflowRetry.Activities, stage.InstanceId));

            // Version 1 synced the project again after every stage instance. A stage instance ends with that very sync
            // (ProjectSync, run once it saw the project leave its stage), so from version 2 its answer is used: one
            // orchestration work item and one activity fewer per transition. A view of the same visit (which a stage
            // instance never returns) is read again rather than trusted, so the loop cannot restart a finished visit.
            next = input.Version >= WorkflowVersions.StageEndsWithSyncedView && (ended.Stage, ended.EnteredAtSequence) != (view.Stage, view.EnteredAtSequence) ? ended : null;
        }

        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return new LifecycleOutcome(default);
    }
}
