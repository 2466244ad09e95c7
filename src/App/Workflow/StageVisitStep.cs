using Microsoft.DurableTask;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.App.Workflow;

/// <summary>
/// One turn of watching a stage visit, shared by <see cref="StageOrchestrator"/> (up to version 2) and the version-3
/// <see cref="ProjectLifecycleOrchestrator"/>: perform the earliest step not yet done if it is due; otherwise race the
/// durable timer of the next step (or of the recheck) against <see cref="WorkflowEvents.ProjectChanged"/>, and perform
/// the step if its timer won. Either way the caller plans again afterwards, so the schedule follows the stored project.
/// </summary>
internal static class StageVisitStep
{
    /// <summary>
    /// Takes one turn for <paramref name="visit"/> with the steps of <paramref name="plan"/>; <paramref name="done"/> holds
    /// the visit's performed step keys. The event wait that loses is cancelled: an event that arrives after a cancelled
    /// wait is kept for the next one (<c>CancelledEventWaitTests</c>). A timer that loses is cancelled too, unless
    /// <paramref name="timers"/> holds it for the next turn (version 3).
    /// </summary>
    /// <returns>The event's payload when the event ended the turn; null when a timer did or a step was performed.</returns>
    public static async Task<ProjectChanged?> TakeAsync(TaskOrchestrationContext context, StageInput visit, StagePlan plan, HashSet<string> done, HeldLifecycleTimer? timers = null)
    {
        var now = context.CurrentUtcDateTime;
        var next = plan.Steps.Where(s => !done.Contains(s.Key)).OrderBy(s => s.FireAtUtc).FirstOrDefault();
        if (next is not null && next.FireAtUtc <= now)
        {
            await PerformAsync(context, visit, next, done);
            return null;
        }

        var recheckAt = now + plan.RecheckAfter;
        var wakeAt = next is not null && next.FireAtUtc < recheckAt ? next.FireAtUtc : recheckAt;
        using var cancel = new CancellationTokenSource();
        var (timer, firesAt) = timers?.By(context, wakeAt) ?? (context.CreateTimer(wakeAt, cancel.Token), wakeAt);
        var changed = context.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, cancel.Token);
        var winner = await Task.WhenAny(timer, changed);
        cancel.CancelHere();
        if (winner == changed)
        {
            return await changed;
        }

        if (next is not null && next.FireAtUtc <= firesAt)
        {
            await PerformAsync(context, visit, next, done);
        }

        return null;
    }

    private static async Task PerformAsync(TaskOrchestrationContext context, StageInput visit, PlannedStep step, HashSet<string> done)
    {
        await context.CallActivityAsync<StepOutcome>(nameof(PerformStageStepActivity), new StepRequest(visit, step.Key), WorkflowRetry.Activities);
        done.Add(step.Key);
    }
}
