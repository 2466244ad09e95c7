using DurableTask.AzureStorage;
using XjKeji.Infrastructure;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Creates the Azure Storage orchestration service, the backend Durable Functions uses in Azure, on the task hub's own
/// account when <see cref="DurableBackendOptions.ConnectionString"/> names one, else on the application's.
/// </summary>
internal static class OrchestrationServiceFactory
{
    public static AzureStorageOrchestrationService Create(
        DurableBackendOptions options, StorageConnection storage, ILoggerFactory loggerFactory) =>
        new(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHubName,
            WorkerId = options.WorkerId,
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
            StorageAccountClientProvider = new StorageAccountClientProvider(string.IsNullOrWhiteSpace(options.ConnectionString) ? storage.ConnectionString : options.ConnectionString),
            // Heard by LockFailureProbe, which learns from the backend's failure log which session a failed lock left.
            LoggerFactory = LockFailureProbe.Observe(loggerFactory),
            // The app lease serves blue/green swaps between apps sharing a task hub. One host owns this task hub, and
            // the lease would only add a 60 s wait (retried every 5 min) after a crash.
            UseAppLease = false,
        });
}
