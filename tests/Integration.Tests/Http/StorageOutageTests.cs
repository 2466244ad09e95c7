using Azure.Data.Tables;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Storage stopped for <see cref="OutageSeconds"/> while callers keep reading (the operators' routes too), creating drafts
/// and deciding: every answer is a success or 503 with Retry-After (never another 5xx), nothing is half-written (every draft answered 201 exists,
/// every audit trail is gapless), and when storage returns the API answers again and the lifecycles move on.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Callers = 4;

    // On disk, not in memory: the data must outlive the emulator's stop.
    private readonly string _data = Directory.CreateTempSubdirectory("xjkeji-outage-").FullName;
    private AzuriteProcess? _azurite;
    private LocalHostScenario? _scenario;

    /// <summary>How long storage stays away (the issue's 30 s; <c>XJ_OUTAGE_SECONDS</c> changes it).</summary>
    private static int OutageSeconds => int.TryParse(Environment.GetEnvironmentVariable("XJ_OUTAGE_SECONDS"), out var s) ? s : 30;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions { Location = _data });
        // Every request and evidence pass met by the outage logs its failure with a stack trace, which would push the
        // durable backend's own warnings out of the host output's tail that a stuck lifecycle's failure message shows.
        _scenario = await LocalHostScenario.StartAsync(
            _azurite.ConnectionString,
            TimeSpan.FromMinutes(1),
            new Dictionary<string, string?>
            {
                ["Logging__LogLevel__XjKeji.App.Http.ApiDispatcher"] = "Error",
                ["Logging__LogLevel__XjKeji.LocalHost.Endpoints.OpsEndpoints"] = "Error",
                ["Logging__LogLevel__XjKeji.LocalHost.Evidence.EvidenceWatcher"] = "Error",
            });
    }

    public async Task DisposeAsync()
    {
        await _scenario!.DisposeAsync();
        await _azurite!.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Storage_away_during_traffic_is_503_with_retry_after_nothing_half_written_and_workflows_resume()
    {
        var s = _scenario!;
        using var applicant = s.Applicant();
        using var officer = s.Officer();
        var submitted = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            submitted.Add(await s.SubmitApplicationAsync(applicant, $"outage-{i}"));
        }

        // Traffic from several callers until told to stop: reads, new drafts, and the eligibility decisions.
        var answers = new ConcurrentBag<(HttpStatusCode Status, TimeSpan? RetryAfter, string Path, TimeSpan Took)>();
        var created = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        Stopwatch? outageStarted = null;
        var draft = JsonSerializer.SerializeToUtf8Bytes(new CreateDraftRequest(LocalHostScenario.YearCall.Id, Samples.AidForm()), ApiJson.Options);
        var decision = "{\"decision\":\"Pass\"}"u8.ToArray();
        var traffic = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = submitted[(caller + n) % submitted.Count];
                var (method, path, body, client) = (n % 5) switch
                {
                    0 => (HttpMethod.Get, $"api/projects/{id}", (byte[]?)null, officer),
                    1 => (HttpMethod.Post, "api/applicant/projects", draft, applicant),
                    2 => (HttpMethod.Get, $"api/ops/projects/{id}/lifecycle", null, officer),
                    3 => (HttpMethod.Get, $"api/ops/projects/{id}/audit", null, officer),
                    _ => (HttpMethod.Post, $"api/officer/projects/{id}/eligibility", decision, officer),
                };
                var sent = Stopwatch.StartNew();
                ApiResponse r;
                try
                {
                    r = await client.SendRawAsync(method, path, body, body is null ? null : "application/json");
                }
                catch (Exception e) when (e is TaskCanceledException or HttpRequestException)
                {
                    // Say which request went unanswered, and when, against the outage: the host's log shows why.
                    throw new TimeoutException($"{method} {path} unanswered after {sent.Elapsed.TotalSeconds:F1} s (storage stopped {outageStarted?.Elapsed.TotalSeconds:F1} s before the answer was due).{Environment.NewLine}Host output:{Environment.NewLine}{s.Host.Output}", e);
                }

                answers.Add((r.Status, r.RetryAfter, path, sent.Elapsed));
                if (r.Status == HttpStatusCode.Created)
                {
                    created.Add(r.Json.GetProperty("id").GetString()!);
                }
            }
        })).ToArray();

        // Storage goes away once traffic runs, and stays away for the outage whatever the callers see.
        await UntilAsync(() => answers.Count >= Callers, "traffic runs", TimeSpan.FromSeconds(60));
        await _azurite!.StopAsync();
        var outage = outageStarted = Stopwatch.StartNew();
        var before = answers.Count;
        await UntilAsync(() => outage.Elapsed.TotalSeconds >= OutageSeconds && answers.Count > before, "the outage lasts and callers meet it", TimeSpan.FromSeconds(OutageSeconds + 60));
        var duringOutage = answers.Count;
        await _azurite.StartAsync();
        var back = Stopwatch.StartNew();
        await HttpLifecycleTests.Poll(() => officer.GetAsync($"api/projects/{submitted[0]}"), r => r.Status == HttpStatusCode.OK, "the API answers again");
        output.WriteLine($"storage away {outage.Elapsed.TotalSeconds:F1} s; API answering again {back.Elapsed.TotalSeconds:F1} s after storage returned");
        await stop.CancelAsync();
        await Task.WhenAll(traffic);

        var byStatus = answers.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{answers.Count} answers ({duringOutage} by the end of the outage): {string.Join(", ", byStatus.Select(kv => $"{(int)kv.Key}×{kv.Value}"))}; slowest {answers.Max(a => a.Took).TotalSeconds:F1} s");
        Assert.Empty(answers.Where(a => (int)a.Status >= 500 && a.Status != HttpStatusCode.ServiceUnavailable).Select(a => $"{(int)a.Status} {a.Path}"));
        Assert.True(byStatus.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) > 0, "no request met the outage");
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.Equal(TimeSpan.FromSeconds(30), a.RetryAfter));

        // Nothing half-written: each draft the API confirmed exists, and every project's audit trail is gapless.
        foreach (var id in created.Concat(submitted))
        {
            var project = (await officer.GetAsync($"api/projects/{id}")).Ensure(HttpStatusCode.OK).Json;
            var audit = (await officer.GetAsync($"api/ops/projects/{id}/audit")).Ensure(HttpStatusCode.OK).Json;
            Assert.Equal(
                Enumerable.Range(1, project.GetProperty("auditSequence").GetInt32()),
                audit.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()));
        }

        // The workflows resume: every application is decided, and each lifecycle follows its project into expert review.
        foreach (var id in submitted)
        {
            var stage = (await officer.GetAsync($"api/projects/{id}")).Json.GetProperty("stage").GetString();
            if (stage == "EligibilityCheck")
            {
                (await officer.PostAsync($"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass))).Ensure(HttpStatusCode.OK);
            }

            try
            {
                await HttpLifecycleTests.Poll(
                    () => officer.GetAsync($"api/ops/projects/{id}/lifecycle"),
                    r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("customStatus").GetString() is { } status && status.Contains("\"ExpertReview\"", StringComparison.Ordinal),
                    $"the lifecycle of {id} follows it into expert review");
            }
            catch (TimeoutException e)
            {
                // Lifecycles stuck after the outage were met about once in twenty runs under load until the durable backend's
                // repairs (src/LocalHost/Durable): should one be met again, say what the task hub and the host recorded.
                var hub = await Faults.TaskHubDiagnostics.DescribeAsync(new TableServiceClient(_azurite.ConnectionString), s.Host.TaskHubName, id);
                throw new TimeoutException($"{e.Message}{Environment.NewLine}Task hub:{Environment.NewLine}{hub}Host output:{Environment.NewLine}{s.Host.Output}", e);
            }
        }
    }

    private static async Task UntilAsync(Func<bool> done, string what, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (deadline.Elapsed > within)
            {
                throw new TimeoutException($"Not reached in {within.TotalSeconds:0} s: {what}.");
            }

            await Task.Delay(100);
        }
    }
}
