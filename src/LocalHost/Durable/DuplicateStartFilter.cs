using DurableTask.Core;
using DurableTask.Core.History;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Takes a repeated start message out of an orchestration work item whose history already holds that start.
/// </summary>
/// <remarks>
/// The Azure Storage backend delivers each queue message at least once. A start message comes back when the episode
/// it began wrote its history but the message was not deleted after: storage went away between the history write and
/// the delete (or the Instances-table update), or the episode outlived the control-queue visibility timeout, which the
/// sidecar's dispatcher never renews. DurableTask.Core's own dispatcher drops such a message ("Duplicate start event",
/// <c>ReconcileMessagesWithState</c>); the sidecar's dispatcher adds it to the history, where
/// <see cref="OrchestrationRuntimeState"/> throws "Multiple ExecutionStartedEvent found". The backend then abandons
/// the whole batch with a back-off of 2^DequeueCount seconds, and the message returns and fails again for ever: the
/// instance never takes another step (seen as a lifecycle left Pending after a storage outage). The completed episode
/// deletes the dropped message with the rest of its batch.
/// </remarks>
internal static class DuplicateStartFilter
{
    /// <summary>Removes start messages of the execution the work item's history already started.</summary>
    /// <returns>How many messages were removed (none from a null work item).</returns>
    public static int RemoveRepeatedStarts(TaskOrchestrationWorkItem? workItem)
    {
        var executionId = workItem?.OrchestrationRuntimeState?.ExecutionStartedEvent?.OrchestrationInstance?.ExecutionId;
        if (workItem is null || executionId is null || workItem.NewMessages is not { Count: > 0 } messages)
        {
            return 0;
        }

        // Every work item passes here, and almost none has a repeat: the list is copied only when one does.
        var removed = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            removed += IsRepeat(messages[i], executionId) ? 1 : 0;
        }

        if (removed > 0)
        {
            workItem.NewMessages = [.. messages.Where(m => !IsRepeat(m, executionId))];
        }

        return removed;
    }

    // A start of another execution (an instance started afresh under the same id) is not a repeat: left alone.
    private static bool IsRepeat(TaskMessage message, string executionId) =>
        message.Event is ExecutionStartedEvent && string.Equals(message.OrchestrationInstance?.ExecutionId, executionId, StringComparison.OrdinalIgnoreCase);
}
