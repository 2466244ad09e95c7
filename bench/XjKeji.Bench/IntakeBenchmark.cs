using System.Net;
using XjKeji.App.Http;
using XjKeji.Domain.Tests;

namespace XjKeji.Bench;

/// <summary>
/// The application-deadline rush: N drafts, then N submissions at once over HTTP (validation, Table write with ETag,
/// orchestration start), then a check that every one is in eligibility check with a running lifecycle.
/// Baseline: raw single-entity Table upserts on the same Azurite. A second run of at most 200 applications on an Azurite
/// with its access log on counts the storage requests per submission: during the request, and the lifecycle's first steps
/// after it.
/// </summary>
/// <remarks><paramref name="azuritePids"/> names the Azurite processes whose CPU per submission is reported.</remarks>
public sealed class IntakeBenchmark(string connectionString, string? taskHubConnectionString, BenchAzuritePids azuritePids, int applications, int concurrency)
{
    // Enough submissions for a steady per-submission figure, few enough that the access log does not dominate the run.
    private const int CountedApplications = 200;

    /// <summary>Runs the benchmark and returns its figures.</summary>
    public async Task<IReadOnlyList<Measurement>> RunAsync(IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report("intake: raw Azurite upserts baseline (32 writers)");
        var upserts = await AzuriteBaselines.TableUpsertsPerSecondAsync(connectionString, 5_000, 32);

        IntakeRun run;
        progress.Report("intake: starting LocalHost");
        await using (var host = await BenchHost.StartAsync(connectionString, taskHubConnectionString))
        {
            run = await RunOnHostAsync(host, applications, null, progress);
        }

        var (drafts, submits, lost) = (run.Drafts, run.Submits, run.Lost);
        var counted = await CountRequestsAsync(progress);
        var p99 = Percentiles.Of(submits.LatenciesMs, 99);
        return
        [
            new("intake", $"drafts created ({applications}, {concurrency} callers)", drafts.PerSecond, "/s", Note: Failures(drafts)),
            new("intake", $"submissions ({applications}, {concurrency} callers)", submits.PerSecond, "/s", "raw Azurite upserts (32 writers)", upserts, "/s",
                "≥ 200/s", submits.PerSecond >= 200, Failures(submits)),
            new("intake", "submission latency p50", Percentiles.Of(submits.LatenciesMs, 50), "ms"),
            new("intake", "submission latency p95", Percentiles.Of(submits.LatenciesMs, 95), "ms"),
            new("intake", "submission latency p99", p99, "ms", Target: "< 500 ms", Met: p99 < 500),
            new("intake", "applications lost", lost, "", Target: "0", Met: lost == 0),
            new("intake", "CPU per submission, LocalHost and Azurites", run.Cpu!.Value.TotalMsPerUnit, "ms", Note: run.Cpu.Value.Note + "; while the submissions ran"),
            .. counted,
        ];
    }

    // The profile: storage requests per submission, from a smaller run on an Azurite of its own with the access log on,
    // while the requests run and then until the task hub has no work left (the lifecycles' first steps).
    private async Task<IReadOnlyList<Measurement>> CountRequestsAsync(IProgress<string> progress)
    {
        var count = Math.Min(applications, CountedApplications);
        var counter = new StorageRequestCounter();
        await using var azurite = await Infrastructure.Azurite.AzuriteProcess.StartNewAsync(new Infrastructure.Azurite.AzuriteOptions { AccessLog = counter.Observe });
        progress.Report("intake (counted): starting LocalHost");
        await using var host = await BenchHost.StartAsync(azurite.ConnectionString);
        counter.Describe(host.TablePrefix, host.Process.TaskHubName);
        var run = await RunOnHostAsync(host, count, counter, progress);
        var during = run.DuringSubmissions!;
        var after = run.UntilIdle!;
        string ByKind(IReadOnlyDictionary<string, long> counts) => string.Join(", ", counts.Where(kv => kv.Value != 0).OrderByDescending(kv => kv.Value)
            .Select(kv => $"{kv.Key} {kv.Value / (double)count:0.#}"));
        return
        [
            new("intake", $"storage requests per submission, during the request ({count} applications)", during.Values.Sum() / (double)count, "",
                Note: $"{ByKind(during)}; a batch counts once; includes the host's idle polling while they ran"),
            new("intake", "storage requests per submission, the lifecycle's first steps after it", after.Values.Sum() / (double)count, "",
                Note: $"{ByKind(after)}; from the last submission until the task hub had no work item and a steady control queue ({run.SettleSeconds:0.0} s)"),
        ];
    }

    private async Task<IntakeRun> RunOnHostAsync(BenchHost host, int count, StorageRequestCounter? counter, IProgress<string> progress)
    {
        using var applicant = host.Applicant(concurrency);
        using var officer = host.Officer(concurrency);
        var ids = new string[count];
        var form = Samples.AidForm() with { ExecutionStartsOn = new DateOnly(2018, 6, 1), ExecutionEndsOn = new DateOnly(2019, 5, 31) };

        var drafts = await LoadRunner.RunAsync("intake drafts", count, concurrency, HttpStatusCode.Created, async i =>
        {
            var r = await applicant.SendAsync(HttpMethod.Post, "api/applicant/projects", new CreateDraftRequest(BenchHost.Call.Id, form));
            if (r.Status == HttpStatusCode.Created)
            {
                ids[i] = r.Body.GetProperty("id").GetString()!;
            }

            return (r.Status, r.Milliseconds);
        }, progress);

        var probe = new TaskHubProbe(host.TaskHubConnectionString, host.Process.TaskHubName);
        var before = counter?.Snapshot();
        var cpu = counter is null ? azuritePids.Measure(host) : null;
        var submits = await LoadRunner.RunAsync("intake submissions", count, concurrency, HttpStatusCode.OK, async i =>
        {
            if (ids[i] is null)
            {
                return (HttpStatusCode.NotFound, 0d);
            }

            var r = await applicant.SendAsync(HttpMethod.Post, $"api/applicant/projects/{ids[i]}/submit", idempotencyKey: "bench-submit-" + ids[i]);
            return (r.Status, r.Milliseconds);
        }, progress);
        var submitted = counter?.Snapshot();
        var cpuPerSubmission = cpu?.PerUnit(count, "submission");
        double settleSeconds = 0;
        IReadOnlyDictionary<string, long>? idle = null;
        if (counter is not null)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await SettleAsync(probe, progress);
            settleSeconds = clock.Elapsed.TotalSeconds;
            idle = counter.Snapshot();
        }

        // Nothing lost: every submitted project is stored in eligibility check and its lifecycle instance exists.
        var lost = 0;
        await LoadRunner.RunAsync("intake check", count, concurrency, HttpStatusCode.OK, async i =>
        {
            if (ids[i] is null)
            {
                Interlocked.Increment(ref lost);
                return (HttpStatusCode.NotFound, 0d);
            }

            var project = await officer.SendAsync(HttpMethod.Get, $"api/projects/{ids[i]}");
            var lifecycle = await officer.SendAsync(HttpMethod.Get, $"api/ops/projects/{ids[i]}/lifecycle");
            var ok = project.Status == HttpStatusCode.OK && project.Body.GetProperty("stage").GetString() == "EligibilityCheck" && lifecycle.Status == HttpStatusCode.OK;
            if (!ok)
            {
                Interlocked.Increment(ref lost);
            }

            return (ok ? HttpStatusCode.OK : HttpStatusCode.Conflict, project.Milliseconds + lifecycle.Milliseconds);
        }, progress);

        return new IntakeRun(drafts, submits, lost,
            counter is null ? null : StorageRequestCounter.Between(before!, submitted!),
            counter is null ? null : StorageRequestCounter.Between(submitted!, idle!), settleSeconds, cpuPerSubmission);
    }

    // Polls until the work-item queue is empty and the control queues' message count (the lifecycles' waiting timers)
    // has stayed the same for three polls in a row.
    private static async Task SettleAsync(TaskHubProbe probe, IProgress<string> progress)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        var (last, steady) = (-1, 0);
        while (steady < 3)
        {
            var (control, workItems) = await probe.QueuedAsync();
            steady = workItems == 0 && control == last ? steady + 1 : 0;
            last = control;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"intake: the task hub did not settle in 10 minutes ({workItems} work items, {control} control messages).");
            }

            progress.Report($"intake (counted): settling, {workItems} work items, {control} control messages");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static string? Failures(LoadOutcome outcome) => outcome.Failures == 0 ? null
        : $"{outcome.Failures} failed: {string.Join(", ", outcome.Statuses.Select(s => $"{(int)s.Key}×{s.Value}"))}";
}

/// <summary>What one intake run measured; the request counts only when counted.</summary>
internal sealed record IntakeRun(LoadOutcome Drafts, LoadOutcome Submits, int Lost, IReadOnlyDictionary<string, long>? DuringSubmissions, IReadOnlyDictionary<string, long>? UntilIdle, double SettleSeconds, (double TotalMsPerUnit, string Note)? Cpu);
