using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;

namespace XjKeji.Bench;

/// <summary>
/// The profile finding behind the intake and transitions figures, measured: Azurite (LokiJS) answers a table query by
/// running its filter over every entity of the table, and a point read by the first indexed key of its lookup (RowKey),
/// so both cost time in proportion to the table's size, not the partition's. The Durable Task Azure Storage backend reads
/// an orchestration's history with a partition query on one shared History table at every work item, and its Instances
/// rows all share the RowKey "" — so on Azurite each lifecycle step gets slower as the task hub fills. Azure Table
/// storage serves both by index.
/// </summary>
public sealed class AzuriteScanBenchmark(string connectionString, IReadOnlyList<int> tableSizes)
{
    private const int RowsPerPartition = 10;
    private const int Samples = 200;

    /// <summary>Runs the benchmark and returns its figures.</summary>
    public async Task<IReadOnlyList<Measurement>> RunAsync(IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var results = new List<Measurement>();
        var smallest = tableSizes.Min();
        double? queryAtSmallest = null;
        double? readAtSmallest = null;
        foreach (var size in tableSizes.Order())
        {
            progress.Report($"azurite: filling a table of {size:N0} entities ({RowsPerPartition} per partition)");
            var table = new TableServiceClient(connectionString).GetTableClient("s" + Guid.NewGuid().ToString("N")[..12]);
            await table.CreateAsync();
            await FillAsync(table, size);
            var (queryMs, readMs) = await TimeReadsAsync(table, size / RowsPerPartition);
            await table.DeleteAsync();
            queryAtSmallest ??= queryMs;
            readAtSmallest ??= readMs;
            progress.Report($"azurite: {size:N0} entities: partition query {queryMs:0.00} ms, point read (shared RowKey) {readMs:0.00} ms");
            results.Add(new("azurite", $"partition query of {RowsPerPartition} entities, table of {size:N0}", queryMs, "ms",
                $"the same on a table of {smallest:N0}", queryAtSmallest, "ms", Note: $"mean of {Samples} sequential queries"));
            results.Add(new("azurite", $"point read, RowKey shared by every partition, table of {size:N0}", readMs, "ms",
                $"the same on a table of {smallest:N0}", readAtSmallest, "ms", Note: $"mean of {Samples} sequential reads"));
        }

        return results;
    }

    // Partitions p000000… of RowsPerPartition rows each; RowKey "0"… repeats in every partition, as the task hub's
    // history sequence numbers and the Instances table's empty RowKey do.
    private static async Task FillAsync(TableClient table, int size) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, size / RowsPerPartition), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, ct) =>
            await table.SubmitTransactionAsync(Enumerable.Range(0, RowsPerPartition).Select(r => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(Partition(p), r.ToString(CultureInfo.InvariantCulture)) { ["EventType"] = "TaskScheduled", ["Name"] = "基线" })), ct));

    private static async Task<(double QueryMs, double ReadMs)> TimeReadsAsync(TableClient table, int partitions)
    {
        var random = new Random(42);
        var query = Stopwatch.StartNew();
        for (var i = 0; i < Samples; i++)
        {
            var rows = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(random.Next(partitions))}")))
            {
                rows++;
            }

            if (rows != RowsPerPartition)
            {
                throw new InvalidOperationException($"azurite: a partition query returned {rows} rows, {RowsPerPartition} written.");
            }
        }

        query.Stop();
        var read = Stopwatch.StartNew();
        for (var i = 0; i < Samples; i++)
        {
            await table.GetEntityAsync<TableEntity>(Partition(random.Next(partitions)), "0");
        }

        read.Stop();
        return (query.Elapsed.TotalMilliseconds / Samples, read.Elapsed.TotalMilliseconds / Samples);
    }

    private static string Partition(int p) => "p" + p.ToString("D6", CultureInfo.InvariantCulture);
}
