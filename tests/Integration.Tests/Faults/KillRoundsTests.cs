using System.Diagnostics;
using Azure.Data.Tables;
using XjKeji.Domain.Projects;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// kill -9 of LocalHost at random moments while lifecycles run along every kind of path (funded to closure with
/// evidence, mid-term, failed and missed acceptance, missed contract and correction windows, rejections, an upheld
/// objection, termination, withdrawal), round after round on the same storage. Afterwards every lifecycle has finished
/// with a gapless audit trail, no email or credit event twice or missing, and the same stage in Table storage, in the
/// list index and in its orchestration. CI runs it small; <see cref="FaultSettings"/> sizes it up (see README).
/// </summary>
[Collection(AzuriteCollection.Name)]
public class KillRoundsTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Lifecycles_finish_consistently_across_random_kill_9_of_LocalHost()
    {
        var settings = FaultSettings.FromEnvironment();
        Report($"seed {settings.Seed} (XJ_FAULT_SEED), {settings.LifecyclesPerRound} lifecycles × {settings.Rounds} rounds, business day {settings.BusinessDay.TotalMilliseconds} ms");
        var random = new Random(settings.Seed);
        var calls = new FaultCalls(concurrency: 32);
        await using var host = new FaultHost(azurite.ConnectionString);
        var drivers = new List<LifecycleDriver>();
        var started = Stopwatch.StartNew();
        var kills = 0;
        var downtimes = new List<TimeSpan>();
        try
        {
            for (var round = 1; round <= settings.Rounds; round++)
            {
                await host.StartRoundAsync(settings.BusinessDay);
                var roundStarted = started.Elapsed;
                var batch = Enumerable.Range(0, settings.LifecyclesPerRound)
                    .Select(i => new LifecycleDriver(host, calls, settings, round, i, FaultPaths.All[(i + round) % FaultPaths.All.Count]))
                    .OrderBy(_ => random.Next())
                    .ToList();
                drivers.AddRange(batch);
                var killer = new HostKiller(host, random, settings.LongestPauseBetweenKills);
                using var stopKilling = new CancellationTokenSource();
                using var timeout = new CancellationTokenSource(settings.RoundTimeout);
                var killing = killer.RunAsync(stopKilling.Token);
                var progress = LogProgressAsync(round, batch, killer, stopKilling.Token);
                var waitingFor = "the drivers";
                var driversDone = TimeSpan.Zero;
                try
                {
                    // A driver that fails stops the others at once rather than leaving them to the round's timeout.
                    await Task.WhenAll(batch.Select(async d =>
                    {
                        try
                        {
                            await d.RunAsync(timeout.Token);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            await timeout.CancelAsync();
                            throw;
                        }
                    }));

                    driversDone = started.Elapsed - roundStarted;

                    // Kills go on until the orchestrations, too, have seen their projects finish.
                    using var officer = host.Officer();
                    foreach (var d in batch)
                    {
                        waitingFor = $"the lifecycle of {d.ProjectId} ({d.Path}, {d.FinalStage})";
                        await WaitForLifecycleAsync(officer, calls, d.ProjectId!, timeout.Token);
                    }
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    var stuck = new System.Text.StringBuilder();
                    var tables = new TableServiceClient(azurite.ConnectionString);
                    var hostTables = new TableNames(host.TablePrefix);
                    var evidence = new Infrastructure.Blobs.TableEvidenceRepository(tables, hostTables.Evidence, hostTables.EvidenceHashes);
                    foreach (var d in batch.Where(d => d.FinalStage is null && d.ProjectId is not null))
                    {
                        stuck.AppendLine($"  {d.ProjectId} ({d.Path}): {d.LastNote}");
                        stuck.AppendLine($"    evidence: {string.Join(", ", (await evidence.ListByProjectAsync(d.ProjectId!)).Select(e => $"{e.Kind} {e.Status}"))}");
                        stuck.Append(await TaskHubDiagnostics.DescribeAsync(tables, host.TaskHubName, d.ProjectId!));
                    }

                    throw new TimeoutException($"Round {round} did not finish within {settings.RoundTimeout}, waiting for {waitingFor}; now {DateTimeOffset.UtcNow:HH:mm:ss.fff}, "
                        + $"business {host.Clock.Now:yyyy-MM-dd}. Unfinished drivers:{Environment.NewLine}{stuck}Host output:{Environment.NewLine}{host.Process.Output}");
                }
                finally
                {
                    await stopKilling.CancelAsync();
                    await progress;
                    await killing;
                    kills += killer.Kills;
                    downtimes.AddRange(killer.Downtimes);
                }

                Report($"round {round}: {batch.Count} lifecycles in {(started.Elapsed - roundStarted).TotalSeconds:F1} s "
                    + $"(projects terminal after {driversDone.TotalSeconds:F1} s), {killer.Kills} kills");
            }

            var elapsed = started.Elapsed;
            using var checker = host.Officer();
            var names = new TableNames(host.TablePrefix);
            var problems = await new FaultInvariants(new TableServiceClient(azurite.ConnectionString), names, checker, calls)
                .CheckAsync([.. drivers.Select(d => d.ProjectId!)], CancellationToken.None);

            Report($"{drivers.Count} lifecycles, {settings.Rounds} rounds, {kills} kills (back up in {Median(downtimes).TotalSeconds:F1} s median, "
                + $"{downtimes.DefaultIfEmpty().Max().TotalSeconds:F1} s longest), {elapsed.TotalSeconds:F0} s ({drivers.Count / elapsed.TotalMinutes:F1} lifecycles/min)");
            Report($"requests {calls.Requests}: {calls.TransportFailures} without answer, {calls.InProgress} × 409 request-in-progress, {calls.Unavailable} × 503");
            foreach (var g in drivers.GroupBy(d => d.Path).OrderBy(g => g.Key))
            {
                Report($"  {g.Key,-26} → {string.Join(", ", g.GroupBy(d => d.FinalStage).Select(s => $"{s.Key} {s.Count()}"))}"
                    + $" (median {Median([.. g.Select(d => d.Duration)]).TotalSeconds:F0} s)");
            }

            Assert.True(calls.Unexpected.Count == 0, "Answers no client should get:" + Environment.NewLine + string.Join(Environment.NewLine, calls.Unexpected.Take(30)));
            Assert.True(problems.Count == 0, $"{problems.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(60))}");
            Assert.True(kills >= settings.Rounds, $"only {kills} kills in {settings.Rounds} rounds");
            Assert.All(drivers, d => Assert.Contains(d.FinalStage!.Value, LifecycleRules.TerminalStages));
        }
        finally
        {
            foreach (var d in drivers)
            {
                d.Dispose();
            }
        }
    }

    /// <summary>
    /// To the test output, and for long runs also to the file named by <c>XJ_FAULT_LOG</c> as it happens (the test
    /// output appears only when the test ends).
    /// </summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("XJ_FAULT_LOG") is { Length: > 0 } path)
        {
            File.AppendAllText(path, $"{DateTime.Now:HH:mm:ss} {line}{Environment.NewLine}");
        }
    }

    /// <summary>For long runs with <c>XJ_FAULT_LOG</c>: every 30 s, how many of the round's projects are terminal.</summary>
    private static async Task LogProgressAsync(int round, List<LifecycleDriver> batch, HostKiller killer, CancellationToken stop)
    {
        if (Environment.GetEnvironmentVariable("XJ_FAULT_LOG") is not { Length: > 0 } path)
        {
            return;
        }

        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stop);
                var stages = string.Join(", ", batch.GroupBy(d => d.FinalStage?.ToString() ?? "running").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
                await File.AppendAllTextAsync(path, $"{DateTime.Now:HH:mm:ss}   round {round}: {stages}; {killer.Kills} kills{Environment.NewLine}", CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // The round is over.
        }
    }

    /// <summary>Polls until the lifecycle instance has completed (or the round times out).</summary>
    private static async Task WaitForLifecycleAsync(Http.ApiClient officer, FaultCalls calls, string projectId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var r = await calls.TrySendAsync(() => officer.GetAsync($"api/ops/projects/{Uri.EscapeDataString(projectId)}/lifecycle"));
            if (r?.Status == System.Net.HttpStatusCode.OK && r.Json.GetProperty("runtimeStatus").GetString() == "Completed")
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Count == 0 ? TimeSpan.Zero : values.Order().ElementAt(values.Count / 2);
}
