using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Blobs;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Evidence;

namespace XjKeji.Bench;

/// <summary>
/// Evidence processing (stream, SHA-256, type sniffing, duplicate index, record) over files uploaded to Azurite, for
/// small and large files, beside raw Azurite upload/download and `sha256sum` measured in the same run.
/// </summary>
public sealed class EvidenceBenchmark(string connectionString, int smallFiles, long largeBytes)
{
    private const long SmallBytes = 1024 * 1024;

    /// <summary>Runs the benchmark and returns its figures.</summary>
    public async Task<IReadOnlyList<Measurement>> RunAsync(IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var rules = EvidenceRules.Default.With(EvidenceKind.Other, new EvidenceRule(new HashSet<DetectedFileType> { DetectedFileType.Pdf }, largeBytes));
        var prefix = "v" + Guid.NewGuid().ToString("N")[..10];
        var tables = new TableServiceClient(connectionString);
        var names = new TableNames(prefix);
        var blobService = new BlobServiceClient(connectionString);
        using var blobs = new BlobEvidenceStore(blobService, TimeProvider.System, prefix);
        await new TableStorageInitializer(tables, names, blobs).StartAsync(CancellationToken.None);
        var evidence = new TableEvidenceRepository(tables, names.Evidence, names.EvidenceHashes);
        var projects = new TableProjectRepository(tables, names);
        var uploads = new EvidenceUploadService(projects, evidence, blobs, rules, new EvidenceOptions(), TimeProvider.System);
        var processor = new EvidenceProcessor(evidence, blobs, rules, TimeProvider.System);
        var container = blobService.GetBlobContainerClient(prefix);
        var applicant = new Actor(Role.Applicant, "pi-bench", "张伟", Samples.InstitutionId);
        await projects.CreateAsync(Project.CreateDraft("P-BENCH-EV", Samples.AidCall(), Samples.AidForm(), applicant, Samples.InCallWindow));

        var results = new List<Measurement>();
        foreach (var (label, size, count) in new[] { ("1 MiB", SmallBytes, smallFiles), ($"{largeBytes / 1024 / 1024} MiB", largeBytes, 1) })
        {
            progress.Report($"evidence: raw Azurite baseline, {count} × {label}");
            var (rawUp, rawDown) = await AzuriteBaselines.BlobThroughputAsync(connectionString, size, count);
            progress.Report($"evidence: uploading {count} × {label} through slots");
            var slots = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var slot = await uploads.RequestSlotAsync(new UploadSlotRequest("P-BENCH-EV", EvidenceKind.Other, $"材料-{i}.pdf", size), applicant);
                // Distinct heads, so the duplicate index sees new files, as it would in production.
                await using var content = new GeneratedContentStream(size, System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {i} {Guid.NewGuid():N}\n"));
                await container.GetBlobClient(slot.BlobName).UploadAsync(content);
                slots.Add(slot.BlobName);
            }

            progress.Report($"evidence: processing {count} × {label}");
            await using var memory = MemorySampler.Start();
            var clock = Stopwatch.StartNew();
            foreach (var blob in slots)
            {
                var outcome = await processor.ProcessAsync(blob);
                if (outcome.Result != EvidenceProcessingResult.Accepted)
                {
                    throw new InvalidOperationException($"{blob} was {outcome.Result}: {outcome.Reason?.En}");
                }
            }

            clock.Stop();
            var mib = size * (double)count / (1024 * 1024);
            results.Add(new("evidence", $"processing {count} × {label}", mib / clock.Elapsed.TotalSeconds, "MiB/s", "raw Azurite upload", rawUp, "MiB/s"));
            results.Add(new("evidence", $"raw Azurite download {count} × {label}", rawDown, "MiB/s"));
            results.Add(new("evidence", $"processor allocated, {count} × {label}", memory.Allocated / 1048576d, "MiB",
                Note: $"managed heap peak growth {memory.HeapGrowthPeak / 1048576d:0.0} MiB, working set peak growth {memory.WorkingSetGrowthPeak / 1048576d:0.0} MiB"));
        }

        progress.Report("evidence: sha256sum baseline");
        results.Add(new("evidence", $"sha256sum {largeBytes / 1024 / 1024} MiB file", await AzuriteBaselines.Sha256SumMiBpsAsync(largeBytes), "MiB/s"));
        return results;
    }
}
