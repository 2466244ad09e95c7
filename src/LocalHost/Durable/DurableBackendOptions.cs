using System.ComponentModel.DataAnnotations;

namespace XjKeji.LocalHost.Durable;

/// <summary>Settings of the local durable backend, bound from the configuration section <c>Durable</c>.</summary>
public sealed class DurableBackendOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Durable";

    /// <summary>
    /// Task hub: the prefix of the queues, tables and blob containers the backend creates. Azure Storage allows
    /// 3-45 letters and digits, starting with a letter.
    /// </summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string TaskHubName { get; set; } = "XjKejiHub";

    /// <summary>
    /// Storage account of the task hub, when it is not the application's (<c>Storage:ConnectionString</c>). Azure runs
    /// the task hub in an account of its own (infra/bicep); on one machine a second Azurite does the same and gives the
    /// durable backend a core of its own, since Azurite answers on one thread. Empty: the application's account.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Owner name written on the partition leases. It must stay the same across restarts: a restarted host with the
    /// same id takes its partitions back at once, while a new id waits for the old 30 s leases to expire.
    /// </summary>
    [Required]
    public string WorkerId { get; set; } = Environment.MachineName + "-localhost";

    /// <summary>
    /// Longest back-off between polls of an idle queue. The backend's default (30 s) would make a timer or event on an
    /// idle host take up to 30 s to be noticed; 1 s costs a few cheap requests per second against local storage.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Control-queue partitions. Fixed when the task hub is first created (changing it later has no effect). Each one
    /// is polled separately, so fewer partitions mean less idle load; see the measurements in the report.
    /// </summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// How long a dequeued control-queue message stays invisible. A host killed mid-episode leaves its prefetched
    /// messages (including fired timers) invisible this long, so it bounds recovery time after a crash. The backend's
    /// default is 5 minutes; a local host's episodes take milliseconds, so 30 s is ample.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The same for activity work items (default 5 minutes in the backend).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
