using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using XjKeji.App.Workflow;
using XjKeji.Domain.Projects;

namespace XjKeji.Bench;

/// <summary>
/// Looks into a LocalHost's task hub on Azurite (the Azure Storage backend's Instances table and queues) to see which
/// orchestration instances run and how much work is queued, without going through the host. Its requests carry the
/// query parameter <see cref="Marker"/> so a count of the host's own storage requests can leave them out.
/// </summary>
public sealed class TaskHubProbe
{
    /// <summary>Query parameter on every request of the probe.</summary>
    public const string Marker = "xjbenchprobe";

    private readonly TableClient _instances;
    private readonly QueueServiceClient _queues;
    private readonly string _queuePrefix;

    /// <summary>Creates a probe of <paramref name="taskHubName"/> on the given account.</summary>
    public TaskHubProbe(string connectionString, string taskHubName)
    {
        ArgumentNullException.ThrowIfNull(taskHubName);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(new MarkerPolicy(), HttpPipelinePosition.PerCall);
        var queueOptions = new QueueClientOptions();
        queueOptions.AddPolicy(new MarkerPolicy(), HttpPipelinePosition.PerCall);
        _instances = new TableServiceClient(connectionString, tableOptions).GetTableClient(taskHubName + "Instances");
        _queues = new QueueServiceClient(connectionString, queueOptions);
        _queuePrefix = taskHubName.ToLowerInvariant() + "-";
    }

    /// <summary>
    /// Ids of the instances whose runtime status is Running, and the stage visits running lifecycles watch themselves
    /// (workflow version 3, by their custom status), named as a stage instance of that visit would be
    /// (<see cref="StageInstanceIds.For"/>): so a visit counts as watched in either version.
    /// </summary>
    public async Task<HashSet<string>> RunningAsync(CancellationToken cancellationToken = default)
    {
        var running = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in _instances.QueryAsync<TableEntity>("RuntimeStatus eq 'Running'", select: ["PartitionKey", "CustomStatus"], cancellationToken: cancellationToken))
        {
            running.Add(e.PartitionKey);
            if (LifecycleStatus.Parse(e.GetString("CustomStatus")) is { } watching && Enum.TryParse<ProjectStage>(watching.Stage, out var stage))
            {
                running.Add(StageInstanceIds.For(e.PartitionKey, stage, watching.Since));
            }
        }

        return running;
    }

    /// <summary>Messages in the task hub's control queues and in its work-item queue (invisible ones included).</summary>
    public async Task<(int Control, int WorkItems)> QueuedAsync(CancellationToken cancellationToken = default)
    {
        var (control, workItems) = (0, 0);
        await foreach (var queue in _queues.GetQueuesAsync(prefix: _queuePrefix, cancellationToken: cancellationToken))
        {
            var count = (await _queues.GetQueueClient(queue.Name).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            if (queue.Name.Contains("-control-", StringComparison.Ordinal))
            {
                control += count;
            }
            else if (queue.Name.EndsWith("-workitems", StringComparison.Ordinal))
            {
                workItems += count;
            }
        }

        return (control, workItems);
    }

    private sealed class MarkerPolicy : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => message.Request.Uri.AppendQuery(Marker, "1");
    }
}
