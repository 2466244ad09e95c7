using System.Net;
using XjKeji.App.Http;
using XjKeji.Domain.Tests;

namespace XjKeji.Bench;

/// <summary>
/// The application-deadline rush: N drafts, then N submissions at once over HTTP (validation, Table write with ETag,
/// orchestration start), then a check that every one is in eligibility check with a running lifecycle.
/// Baseline: raw single-entity Table upserts on the same Azurite.
/// </summary>
public sealed class IntakeBenchmark(string connectionString, int applications, int concurrency)
{
    /// <summary>Runs the benchmark and returns its figures.</summary>
    public async Task<IReadOnlyList<Measurement>> RunAsync(IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report("intake: raw Azurite upserts baseline (32 writers)");
        var upserts = await AzuriteBaselines.TableUpsertsPerSecondAsync(connectionString, 5_000, 32);

        progress.Report("intake: starting LocalHost");
        await using var host = await BenchHost.StartAsync(connectionString);
        using var applicant = host.Applicant(concurrency);
        using var officer = host.Officer(concurrency);
        var ids = new string[applications];
        var form = Samples.AidForm() with { ExecutionStartsOn = new DateOnly(2018, 6, 1), ExecutionEndsOn = new DateOnly(2019, 5, 31) };

        var drafts = await LoadRunner.RunAsync("intake drafts", applications, concurrency, HttpStatusCode.Created, async i =>
        {
            var r = await applicant.SendAsync(HttpMethod.Post, "api/applicant/projects", new CreateDraftRequest(BenchHost.Call.Id, form));
            if (r.Status == HttpStatusCode.Created)
            {
                ids[i] = r.Body.GetProperty("id").GetString()!;
            }

            return (r.Status, r.Milliseconds);
        }, progress);

        var submits = await LoadRunner.RunAsync("intake submissions", applications, concurrency, HttpStatusCode.OK, async i =>
        {
            if (ids[i] is null)
            {
                return (HttpStatusCode.NotFound, 0d);
            }

            var r = await applicant.SendAsync(HttpMethod.Post, $"api/applicant/projects/{ids[i]}/submit", idempotencyKey: "bench-submit-" + ids[i]);
            return (r.Status, r.Milliseconds);
        }, progress);

        // Nothing lost: every submitted project is stored in eligibility check and its lifecycle instance exists.
        var lost = 0;
        await LoadRunner.RunAsync("intake check", applications, concurrency, HttpStatusCode.OK, async i =>
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
        ];
    }

    private static string? Failures(LoadOutcome outcome) => outcome.Failures == 0 ? null
        : $"{outcome.Failures} failed: {string.Join(", ", outcome.Statuses.Select(s => $"{(int)s.Key}×{s.Value}"))}";
}
