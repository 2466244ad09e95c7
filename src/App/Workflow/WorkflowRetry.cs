using Microsoft.DurableTask;

namespace XjKeji.App.Workflow;

/// <summary>
/// Retry for activities: storage and email hiccups heal in seconds. Intervals stay short because retry waits are durable
/// timers and long ones would be chained; every activity is idempotent, so a retry never does anything twice.
/// </summary>
public static class WorkflowRetry
{
    /// <summary>Up to 6 attempts, 1 s doubling to at most 30 s.</summary>
    public static TaskOptions Activities { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(6, TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(30)));
}
