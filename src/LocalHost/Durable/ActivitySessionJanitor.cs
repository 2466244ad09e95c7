using System.Collections;
using System.Reflection;
using DurableTask.AzureStorage;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Forgets an activity work item that the Azure Storage backend still counts as running after abandoning it failed, so
/// that the next delivery of its queue message runs the activity again.
/// </summary>
/// <remarks>
/// DurableTask.AzureStorage 2.11 drops an activity's session (<c>activeActivitySessions</c>, keyed by queue message id)
/// only once <c>CompleteTaskActivityWorkItemAsync</c> or <c>AbandonTaskActivityWorkItemAsync</c> has finished its
/// storage calls. When both throw (storage away, or the message was delivered again after its visibility timeout,
/// which the sidecar never renews, so its pop receipt is stale: 400 PopReceiptMismatch), the session stays, the
/// sidecar has nothing more to call (its activity release does nothing), and the backend refuses every later delivery
/// of the message as "being processed multiple times concurrently". The activity never runs again and its orchestration
/// waits for good: after a storage outage, a lifecycle stuck on its first PlanStageActivity. The backend offers no
/// public way to drop the session, so this reaches its private dictionary; with a backend that lacks it, it says so
/// once and does nothing.
/// </remarks>
internal sealed partial class ActivitySessionJanitor
{
    private const string SessionsField = "activeActivitySessions";

    private readonly IDictionary? _sessions;

    public ActivitySessionJanitor(AzureStorageOrchestrationService service, ILogger logger)
    {
        _sessions = typeof(AzureStorageOrchestrationService)
            .GetField(SessionsField, BindingFlags.Instance | BindingFlags.NonPublic)?
            .GetValue(service) as IDictionary;
        if (_sessions is null)
        {
            LogUnavailable(logger, SessionsField);
        }
    }

    /// <summary>Drops the backend's session of the work item, if it still has one.</summary>
    /// <returns>Whether a session was dropped.</returns>
    public bool Forget(string workItemId)
    {
        if (_sessions is null || !_sessions.Contains(workItemId))
        {
            return false;
        }

        _sessions.Remove(workItemId);
        return true;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The durable backend has no {Field}: an activity whose abandon fails will not run again until restart")]
    private static partial void LogUnavailable(ILogger logger, string field);
}
