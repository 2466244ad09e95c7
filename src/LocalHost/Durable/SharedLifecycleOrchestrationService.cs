using DurableTask.Core;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Passes every call to the Azure Storage orchestration service, except that start and stop each run once, whoever
/// asks. Both the backend service and the sidecar start and stop the orchestration service, and the real one throws
/// when started twice and fails when stopped twice. The sidecar also stops it from an <c>async void</c> handler that
/// nobody awaits, where an exception would crash the process: stop failures are logged here, never thrown.
/// It also repairs three ways the backend and the sidecar's dispatcher together stall an instance for good, all met
/// after a storage outage: an activity session left behind by a failed abandon (<see cref="ActivitySessionJanitor"/>),
/// an orchestration session left active by a failed lock (<see cref="LockFailureProbe"/>) and a repeated start message
/// (<see cref="DuplicateStartFilter"/>).
/// </summary>
internal sealed partial class SharedLifecycleOrchestrationService(
    IOrchestrationService inner, ILogger logger, ActivitySessionJanitor activitySessions)
    : IOrchestrationService
{
    private readonly Lock _gate = new();
    private Task? _start;
    private Task? _stop;

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public Task StartAsync()
    {
        lock (_gate)
        {
            return _start ??= inner.StartAsync();
        }
    }

    public Task StopAsync() => StopAsync(isForced: false);

    public Task StopAsync(bool isForced)
    {
        lock (_gate)
        {
            // Never started: nothing to release.
            return _stop ??= _start is null ? Task.CompletedTask : StopOnceAsync(isForced);
        }
    }

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) =>
        inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) =>
        inner.GetDelayInSecondsAfterOnFetchException(exception);

    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
        TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        TaskOrchestrationWorkItem workItem;
        using (var probe = LockFailureProbe.Begin())
        {
            try
            {
                workItem = await inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
            }
            catch (Exception e) when (probe.InstanceId is { } instanceId)
            {
                // The failed call may have left the instance's session active with no work item to release it
                // (LockFailureProbe): released here, its messages are locked again once visible. Releasing a session
                // the backend did release costs one "session not found" log line.
                LogLeftSessionReleased(logger, instanceId, e);
                await inner.ReleaseTaskOrchestrationWorkItemAsync(new TaskOrchestrationWorkItem { InstanceId = instanceId });
                throw;
            }
        }

        // The backend answers null when nothing is ready; the filter lets that through.
        if (DuplicateStartFilter.RemoveRepeatedStarts(workItem) is var removed and > 0)
        {
            LogRepeatedStartDropped(logger, workItem.InstanceId, removed);
        }

        return workItem;
    }

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) =>
        inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ProtobufTagSanitizer.Sanitize(outboundMessages);
        ProtobufTagSanitizer.Sanitize(orchestratorMessages);
        ProtobufTagSanitizer.Sanitize(timerMessages);
        ProtobufTagSanitizer.Sanitize(continuedAsNewMessage?.Event);
        ProtobufTagSanitizer.Sanitize(newOrchestrationRuntimeState);
        return inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem,
            newOrchestrationRuntimeState,
            outboundMessages,
            orchestratorMessages,
            timerMessages,
            continuedAsNewMessage,
            orchestrationState);
    }

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(
        TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) =>
        inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        try
        {
            await inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
#pragma warning disable CA1031 // Thrown to the sidecar, it would only go unobserved; the session is dropped instead, and logged.
        catch (Exception e) when (activitySessions.Forget(workItem.Id))
#pragma warning restore CA1031
        {
            // The message stays in the queue and runs again once its visibility timeout passes (ActivitySessionJanitor).
            LogActivitySessionDropped(logger, workItem.Id, e);
        }
    }

    private async Task StopOnceAsync(bool isForced)
    {
        try
        {
            await inner.StopAsync(isForced);
        }
#pragma warning disable CA1031 // A stop failure must not crash the process (see the class comment); it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogStopFailed(logger, e);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "{InstanceId}: dropped {Count} repeated start message(s) of an execution its history already started")]
    private static partial void LogRepeatedStartDropped(ILogger logger, string instanceId, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "{InstanceId}: released the session a failed work-item lock left active")]
    private static partial void LogLeftSessionReleased(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Abandoning activity work item {WorkItemId} failed; dropped its session so that its next delivery runs")]
    private static partial void LogActivitySessionDropped(ILogger logger, string workItemId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping the durable orchestration service failed")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);
}
