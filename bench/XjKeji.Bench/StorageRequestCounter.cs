using System.Collections.Concurrent;

namespace XjKeji.Bench;

/// <summary>
/// Counts the storage requests in Azurite's access log (one line per request; an entity-group batch is one request),
/// by what they touch: the app's tables, the task hub's tables, queues and blobs. Requests of the
/// <see cref="TaskHubProbe"/> are left out, so only the host's own work is counted.
/// </summary>
public sealed class StorageRequestCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private string _tablePrefix = "\0";
    private string _taskHub = "\0";

    /// <summary>Names the host whose requests are sorted: its table prefix and task hub.</summary>
    public void Describe(string tablePrefix, string taskHubName) => (_tablePrefix, _taskHub) = (tablePrefix, taskHubName);

    /// <summary>Takes one line of Azurite's output; lines that are not requests are ignored.</summary>
    public void Observe(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Morgan's "common" format: addr - - [date] "METHOD /devstoreaccount1/resource?query HTTP/1.1" status size
        var open = line.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : line.IndexOf('"', open + 1);
        if (close < 0 || line.Contains(TaskHubProbe.Marker, StringComparison.Ordinal))
        {
            return;
        }

        var request = line.AsSpan(open + 1, close - open - 1);
        var space = request.IndexOf(' ');
        if (space < 0)
        {
            return;
        }

        var path = request[(space + 1)..];
        path = path[..Math.Max(0, path.IndexOf(' ') < 0 ? path.Length : path.IndexOf(' '))];
        var segments = path.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? Uri.UnescapeDataString(segments[1].Split('?', '(')[0]) : "";
        _counts.AddOrUpdate(Classify(resource), 1, (_, n) => n + 1);
    }

    /// <summary>Requests counted so far, by kind.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>The difference of two snapshots, by kind.</summary>
    public static Dictionary<string, long> Between(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.ToDictionary(kv => kv.Key, kv => kv.Value - before.GetValueOrDefault(kv.Key), StringComparer.Ordinal);
    }

    private string Classify(string resource)
    {
        var hubLower = _taskHub.ToLowerInvariant();
        return resource switch
        {
            "$batch" => "table batches",
            _ when resource.StartsWith(_tablePrefix, StringComparison.Ordinal) => "app tables",
            _ when resource.StartsWith(_taskHub, StringComparison.Ordinal) => "task hub tables",
            _ when resource.StartsWith(hubLower + "-control-", StringComparison.Ordinal) || resource == hubLower + "-workitems" => "task hub queues",
            _ when resource.StartsWith(hubLower, StringComparison.Ordinal) => "task hub blobs",
            _ => "other",
        };
    }
}
