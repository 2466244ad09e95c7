using System.Diagnostics;
using System.Net;
using XjKeji.App.Http;
using XjKeji.App.Workflow;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Bench;

/// <summary>
/// Human steps advancing in-flight lifecycles: N applications wait in eligibility check (each lifecycle watching the
/// visit, waiting on its timer and the ProjectChanged event; up to workflow version 2 a stage instance did that); then an
/// officer passes all of them at once over HTTP, and the clock runs until every project is stored in expert review (the
/// step's answer), its lifecycle watches the expert-review visit, and the task hub has no work left: no work items, and
/// the control queues' messages (the pending timers) steady over a poll. Baselines: the same workload on the in-memory Durable
/// Task host (fewer lifecycles by default: that host is slow, see <see cref="InMemoryLifecycles"/>), and raw Azurite
/// table upserts. A second, smaller run on an Azurite with its access log on counts storage requests per step.
/// </summary>
/// <remarks><paramref name="azuritePids"/> names the Azurite processes whose CPU per step is reported.</remarks>
public sealed class TransitionsBenchmark(string connectionString, string? taskHubConnectionString, BenchAzuritePids azuritePids, int lifecycles, int concurrency, int inMemoryLifecycles, int countedLifecycles)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(20);

    /// <summary>The application every bench lifecycle files: execution from June 2018, so no timer is due during the run.</summary>
    public static ApplicationForm Form() => Samples.AidForm() with { ExecutionStartsOn = new DateOnly(2018, 6, 1), ExecutionEndsOn = new DateOnly(2019, 5, 31) };

    /// <summary>Runs the benchmark and returns its figures.</summary>
    public async Task<IReadOnlyList<Measurement>> RunAsync(IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        progress.Report("transitions: raw Azurite upserts baseline (32 writers)");
        var upserts = await AzuriteBaselines.TableUpsertsPerSecondAsync(connectionString, 5_000, 32);

        HostRun run;
        await using (var host = await StartHostAsync(connectionString, taskHubConnectionString, progress))
        {
            run = await RunOnHostAsync(host, lifecycles, progress, null);
        }

        progress.Report($"transitions (in memory): preparing {inMemoryLifecycles} lifecycles");
        TimeSpan inMemory;
        await using (var memory = await InMemoryLifecycles.StartAsync())
        {
            var ids = await memory.PrepareAsync(inMemoryLifecycles, concurrency, progress);
            progress.Report($"transitions (in memory): firing {inMemoryLifecycles} steps");
            inMemory = await memory.FireAsync(ids, concurrency);
        }

        var perTransition = await CountRequestsAsync(progress);
        var rate = run.Count / run.Elapsed.TotalSeconds;
        var latencies = run.LatenciesMs;
        return
        [
            new("transitions", $"eligibility passed → next stage waiting ({run.Count} lifecycles, {concurrency} callers)", rate, "/s",
                $"in-memory DurableTaskTestHost, {inMemoryLifecycles} lifecycles", inMemoryLifecycles / inMemory.TotalSeconds, "/s", "≥ 150/s", rate >= 150,
                (run.LostApplications > 0 ? $"{run.LostApplications} of {lifecycles} applications failed to submit and were left out; " : "") + run.Note + $"; the in-memory host runs {Environment.ProcessorCount} orchestration work items at a time (one per core) and polls every 500 ms when busy"),
            new("transitions", "raw Azurite table upserts (32 writers)", upserts, "/s"),
            new("transitions", "step → next stage watched, p50", Percentiles.Of(latencies, 50), "ms", Note: $"seen by polling every {PollInterval.TotalMilliseconds:0} ms"),
            new("transitions", "step → next stage watched, p99", Percentiles.Of(latencies, 99), "ms"),
            new("transitions", "HTTP step latency p50", Percentiles.Of(run.StepMs, 50), "ms"),
            new("transitions", "HTTP step latency p99", Percentiles.Of(run.StepMs, 99), "ms"),
            new("transitions", "CPU per step, LocalHost and Azurites", run.Cpu!.Value.TotalMsPerUnit, "ms", Note: run.Cpu.Value.Note + "; from the first step sent until the task hub was idle"),
            perTransition,
        ];
    }

    private static async Task<BenchHost> StartHostAsync(string connection, string? taskHubConnection, IProgress<string> progress)
    {
        progress.Report("transitions: starting LocalHost");
        return await BenchHost.StartAsync(connection, taskHubConnection);
    }

    // Storage requests per step, from a smaller run on an Azurite of its own with the access log on. The host's idle
    // traffic (queue polling, lease renewal) is measured just before and taken off.
    private async Task<Measurement> CountRequestsAsync(IProgress<string> progress)
    {
        var counter = new StorageRequestCounter();
        await using var azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions { AccessLog = counter.Observe });
        await using var host = await StartHostAsync(azurite.ConnectionString, null, progress);
        counter.Describe(host.TablePrefix, host.Process.TaskHubName);
        var run = await RunOnHostAsync(host, countedLifecycles, progress, counter);
        var total = run.Requests!.Values.Sum();
        var idle = run.IdleRequestsPerSecond * run.Elapsed.TotalSeconds;
        var perStep = (total - idle) / run.Count;
        var byKind = string.Join(", ", run.Requests.Where(kv => kv.Value != 0).OrderByDescending(kv => kv.Value)
            .Select(kv => $"{kv.Key} {kv.Value / (double)run.Count:0.#}"));
        return new("transitions", $"storage requests per step ({run.Count} lifecycles, Azurite access log)", perStep, "",
            Note: $"per step, before taking off idle traffic ({run.IdleRequestsPerSecond:0.#}/s × {run.Elapsed.TotalSeconds:0.0} s): {byKind}; a batch counts once");
    }

    private async Task<HostRun> RunOnHostAsync(BenchHost host, int count, IProgress<string> progress, StorageRequestCounter? counter)
    {
        using var applicant = host.Applicant(concurrency);
        using var officer = host.Officer(concurrency);
        var probe = new TaskHubProbe(host.TaskHubConnectionString, host.Process.TaskHubName);
        var ids = new string[count];
        var waiting = new string[count];
        var form = Form();
        var prepared = await LoadRunner.RunAsync("transitions: applications", count, concurrency, HttpStatusCode.OK, async i =>
        {
            var draft = await applicant.SendAsync(HttpMethod.Post, "api/applicant/projects", new CreateDraftRequest(BenchHost.Call.Id, form));
            if (draft.Status != HttpStatusCode.Created)
            {
                return (draft.Status, draft.Milliseconds);
            }

            ids[i] = draft.Body.GetProperty("id").GetString()!;
            var submitted = await applicant.SendAsync(HttpMethod.Post, $"api/applicant/projects/{ids[i]}/submit", idempotencyKey: "bench-submit-" + ids[i]);
            if (submitted.Status == HttpStatusCode.OK)
            {
                waiting[i] = StageInstanceIds.For(ids[i], ProjectStage.EligibilityCheck, submitted.Body.GetProperty("auditSequence").GetInt32());
            }

            return (submitted.Status, draft.Milliseconds + submitted.Milliseconds);
        }, progress);
        if (prepared.Failures > 0)
        {
            // A lost application is the intake's failure, not this benchmark's subject: go on with the others, and say so.
            progress.Report($"transitions: {prepared.Failures} of {count} applications failed to submit ({Statuses(prepared)}); measuring the rest");
            var kept = Enumerable.Range(0, count).Where(i => waiting[i] is not null).ToArray();
            (ids, waiting, count) = ([.. kept.Select(i => ids[i])], [.. kept.Select(i => waiting[i])], kept.Length);
        }

        // Settled: every eligibility-check instance runs, no work item is queued, and the control queues hold a steady
        // number of messages (the waiting instances' timers).
        progress.Report("transitions: waiting until every lifecycle waits in eligibility check");
        var settled = await SettleAsync(probe, waiting, null, progress);

        double idleRate = 0;
        IReadOnlyDictionary<string, long>? before = null;
        if (counter is not null)
        {
            var window = Stopwatch.StartNew();
            var quiet = counter.Snapshot();
            await SettleAsync(probe, waiting, settled, progress, minimum: TimeSpan.FromSeconds(5));
            before = counter.Snapshot();
            idleRate = StorageRequestCounter.Between(quiet, before).Values.Sum() / window.Elapsed.TotalSeconds;
        }

        progress.Report($"transitions: firing {count} eligibility decisions");
        var cpu = counter is null ? azuritePids.Measure(host) : null;
        var next = new string?[count];
        var started = new long[count];
        var seen = new long[count];
        var clock = Stopwatch.StartNew();
        var firing = LoadRunner.RunAsync("transitions: steps", count, concurrency, HttpStatusCode.OK, async i =>
        {
            started[i] = Stopwatch.GetTimestamp();
            var r = await officer.SendAsync(HttpMethod.Post, $"api/officer/projects/{ids[i]}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, "材料齐全"));
            if (r.Status == HttpStatusCode.OK && r.Body.GetProperty("stage").GetString() == nameof(ProjectStage.ExpertReview))
            {
                next[i] = StageInstanceIds.For(ids[i], ProjectStage.ExpertReview, r.Body.GetProperty("auditSequence").GetInt32());
                return (r.Status, r.Milliseconds);
            }

            return (r.Status == HttpStatusCode.OK ? HttpStatusCode.Conflict : r.Status, r.Milliseconds);
        }, progress);

        var remaining = Enumerable.Range(0, count).ToHashSet();
        var deadline = DateTime.UtcNow + Deadline;
        (int Control, int WorkItems) queued = (-1, -1);
        LoadOutcome? steps = null;
        var reportedAt = TimeSpan.Zero;
        while (true)
        {
            var running = await probe.RunningAsync();
            var now = Stopwatch.GetTimestamp();
            foreach (var i in remaining.Where(i => next[i] is { } id && running.Contains(id)).ToList())
            {
                seen[i] = now;
                remaining.Remove(i);
            }

            // The steps' HTTP calls report themselves; after them, say every 10 s how many projects have moved on.
            if (firing.IsCompleted && clock.Elapsed - reportedAt >= TimeSpan.FromSeconds(10))
            {
                reportedAt = clock.Elapsed;
                progress.Report($"transitions: {count - remaining.Count}/{count} moved on to expert review after {clock.Elapsed.TotalSeconds:0} s ({(count - remaining.Count) / clock.Elapsed.TotalSeconds:0.0}/s)");
            }

            if (steps is null && firing.IsCompleted)
            {
                steps = await firing;
                if (steps.Failures > 0)
                {
                    throw new InvalidOperationException($"transitions: {steps.Failures} of {count} steps failed: {Statuses(steps)}");
                }
            }

            if (steps is not null && remaining.Count == 0)
            {
                // Done when no work item is queued and the control queues hold steady over a poll: every event taken and
                // every lifecycle waiting again (on the timer it had, from version 3; up to version 2 each stage instance
                // added one).
                var lastControl = queued.Control;
                queued = await probe.QueuedAsync();
                if (queued.WorkItems == 0 && queued.Control == lastControl)
                {
                    break;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"transitions: {remaining.Count} of {count} projects not moved on after {Deadline}; queued {queued}.");
            }

            await Task.Delay(PollInterval);
        }

        clock.Stop();
        var cpuPerStep = cpu?.PerUnit(count, "step");
        progress.Report($"transitions: {count} steps done in {clock.Elapsed.TotalSeconds:0.0} s ({count / clock.Elapsed.TotalSeconds:0.0}/s); control queues {settled} → {queued.Control}");
        var requests = counter is null ? null : StorageRequestCounter.Between(before!, counter.Snapshot());
        return new HostRun(count, prepared.Failures, clock.Elapsed, [.. Enumerable.Range(0, count).Select(i => Stopwatch.GetElapsedTime(started[i], seen[i]).TotalMilliseconds)],
            steps!.LatenciesMs, requests, idleRate, cpuPerStep, $"control-queue messages {settled} before, {queued.Control} after (pending timers; from version 3 a lifecycle keeps its timer through a step)");
    }

    // Polls until every instance in waiting runs, the work-item queue is empty and the control queues' message count
    // has not changed between two polls (and, with minimum, for at least that long); returns that count.
    private static async Task<int> SettleAsync(TaskHubProbe probe, string[] waiting, int? expected, IProgress<string> progress, TimeSpan? minimum = null)
    {
        var deadline = DateTime.UtcNow + Deadline;
        var clock = Stopwatch.StartNew();
        var last = -1;
        while (true)
        {
            var running = await probe.RunningAsync();
            var missing = waiting.Count(w => !running.Contains(w));
            var (control, workItems) = await probe.QueuedAsync();
            if (missing == 0 && workItems == 0 && control == last && (expected is null || control == expected) && clock.Elapsed >= (minimum ?? TimeSpan.Zero))
            {
                return control;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"transitions: not settled after {Deadline}: {missing} instances not running, {workItems} work items, {control} control messages.");
            }

            if (clock.Elapsed.TotalSeconds % 10 < PollInterval.TotalSeconds)
            {
                progress.Report($"transitions: settling, {missing} instances not running yet, {workItems} work items, {control} control messages");
            }

            last = control;
            await Task.Delay(PollInterval);
        }
    }

    private static string Statuses(LoadOutcome outcome) => string.Join(", ", outcome.Statuses.Select(s => $"{(int)s.Key}×{s.Value}"));

    private sealed record HostRun(int Count, int LostApplications, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, IReadOnlyList<double> StepMs, IReadOnlyDictionary<string, long>? Requests, double IdleRequestsPerSecond, (double TotalMsPerUnit, string Note)? Cpu, string Note);
}
