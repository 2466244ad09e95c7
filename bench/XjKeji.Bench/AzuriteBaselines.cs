using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using XjKeji.Integration.Tests.Evidence;

namespace XjKeji.Bench;

/// <summary>
/// What the emulator itself does on this machine, measured in the same run as the figures built on it, so each figure
/// can be read as a fraction of what storage allows.
/// </summary>
public static class AzuriteBaselines
{
    /// <summary>Single-entity upserts per second with <paramref name="writers"/> concurrent writers.</summary>
    public static async Task<double> TableUpsertsPerSecondAsync(string connectionString, int entities, int writers)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("b" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < entities; i = Interlocked.Increment(ref next))
            {
                var entity = new TableEntity("p" + (i % 64), i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)) { ["Stage"] = "EligibilityCheck", ["Title"] = "基线写入" };
                await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
            }
        }));
        return entities / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Entities per second that one partition query returns, over <paramref name="entities"/> small entities written in
    /// entity-group batches first.
    /// </summary>
    public static async Task<double> PartitionQueryEntitiesPerSecondAsync(string connectionString, int entities)
    {
        var table = new TableServiceClient(connectionString).GetTableClient("b" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, entities).Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chunk, ct) =>
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity("p", i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)) { ["Stage"] = "Execution", ["Title"] = "基线读取" })), ct));
        var clock = Stopwatch.StartNew();
        var read = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>("PartitionKey eq 'p'"))
        {
            read++;
        }

        clock.Stop();
        await table.DeleteAsync();
        return read / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Upload then download of <paramref name="count"/> blobs of <paramref name="size"/> bytes; MiB/s each way.</summary>
    public static async Task<(double UploadMiBps, double DownloadMiBps)> BlobThroughputAsync(string connectionString, long size, int count)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("b" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateAsync();
        var head = "%PDF-1.7\n"u8.ToArray();
        var up = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var content = new GeneratedContentStream(size, head);
            await container.GetBlobClient($"raw-{i}").UploadAsync(content);
        }

        up.Stop();
        var down = Stopwatch.StartNew();
        var buffer = new byte[81920];
        for (var i = 0; i < count; i++)
        {
            await using var stream = await container.GetBlobClient($"raw-{i}").OpenReadAsync();
            while (await stream.ReadAsync(buffer) > 0)
            {
            }
        }

        down.Stop();
        var mib = size * (double)count / (1024 * 1024);
        await container.DeleteAsync();
        return (mib / up.Elapsed.TotalSeconds, mib / down.Elapsed.TotalSeconds);
    }

    /// <summary>`sha256sum` over a file of <paramref name="size"/> bytes written to the temp folder; MiB/s, or NaN when absent.</summary>
    public static async Task<double> Sha256SumMiBpsAsync(long size)
    {
        var path = Path.Combine(Path.GetTempPath(), $"xj-bench-{Guid.NewGuid():N}.bin");
        try
        {
            await using (var file = File.Create(path))
            await using (var content = new GeneratedContentStream(size, "%PDF-1.7\n"u8.ToArray()))
            {
                await content.CopyToAsync(file);
            }

            var start = new ProcessStartInfo("sha256sum", [path]) { RedirectStandardOutput = true, UseShellExecute = false };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            return process.ExitCode == 0 ? size / (1024d * 1024) / clock.Elapsed.TotalSeconds : double.NaN;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return double.NaN;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
