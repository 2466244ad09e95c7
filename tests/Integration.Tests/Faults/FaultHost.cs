using System.Globalization;
using System.Security.Cryptography;
using XjKeji.App.Http.Identity;
using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;
using XjKeji.Integration.Tests.Http;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// LocalHost as a child process over one set of tables and one task hub for the whole fault test. Each round starts a
/// fresh process whose business clock starts again at <see cref="BusinessStart"/> (so every round has the same calendar
/// ahead of it), on the same storage the earlier rounds wrote; within a round it is killed with SIGKILL and started
/// again on the same port, storage, task hub and worker id.
/// </summary>
internal sealed class FaultHost(string storageConnectionString) : IAsyncDisposable
{
    /// <summary>
    /// Business time of every round's start: early 2019, so a two-year project of the 2018 call reaches its mid-term
    /// notice within weeks, and the whole calendar ahead is covered by the holiday data.
    /// </summary>
    public static readonly DateTimeOffset BusinessStart = new(2019, 1, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly byte[] _tokenKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>Tables of this test only (Storage__TablePrefix), kept across rounds.</summary>
    public string TablePrefix { get; } = "f" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The task hub of every process of this test.</summary>
    public string TaskHubName { get; } = "FT" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>
    /// A 2018 call that never closes in practice: business time runs on while a host starts and restarts (a business
    /// day per 100 ms), so a big round may submit its last applications years of business time after its first.
    /// </summary>
    public static AnnualCall Call { get; } = Samples.AidCall() with
    {
        Id = "2018-Fault",
        OpensOn = new DateOnly(2018, 1, 1),
        ClosesOn = new DateOnly(2099, 12, 31),
        Envelopes = [new(CategoryCode.AidXinjiangA, 10_000_000_000m)],
    };

    public DevTokens Tokens => new(_tokenKey);

    /// <summary>The current round's process.</summary>
    public LocalHostProcess Process => _process ?? throw new InvalidOperationException("No round has started.");

    /// <summary>The current round's business clock, as the host sees it.</summary>
    public IBusinessClock Clock { get; private set; } = ScaledBusinessClock.RealTime;

    public DateOnly BusinessToday => ChinaStandardTime.DateOf(Clock.Now);

    private LocalHostProcess? _process;

    /// <summary>Stops the previous round's process (if any) and starts a new one whose business time starts now.</summary>
    public async Task StartRoundAsync(TimeSpan businessDay)
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        var clock = new ClockOptions { Scale = TimeSpan.FromDays(1) / businessDay, WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = BusinessStart };
        Clock = new ScaledBusinessClock(clock, TimeProvider.System);
        _process = new LocalHostProcess(storageConnectionString, new Dictionary<string, string?>
        {
            ["Auth__DevTokenKey"] = Convert.ToBase64String(_tokenKey),
            ["Storage__TablePrefix"] = TablePrefix,
            ["Durable__TaskHubName"] = TaskHubName,
            // Messages a killed process had taken come back after this (the least the host allows); LocalHost's 30 s
            // would stall every round. A message of a merely slow process comes back too: handled twice, harmlessly.
            ["Durable__ControlQueueVisibilityTimeout"] = "00:00:05",
            ["Durable__WorkItemQueueVisibilityTimeout"] = "00:00:05",
            // A request killed mid-flight leaves its Idempotency-Key reserved; retries take it over after this.
            ["Api__IdempotencyLeaseSeconds"] = "10",
            ["Workflow__Clock__Scale"] = clock.Scale.ToString(CultureInfo.InvariantCulture),
            ["Workflow__Clock__WallOrigin"] = clock.WallOrigin.ToString("O"),
            ["Workflow__Clock__BusinessOrigin"] = clock.BusinessOrigin.ToString("O"),
            // The safety net for a signal lost with a killed process, in seconds rather than 30 business days.
            ["Workflow__RecheckInterval"] = "00:00:05",
            ["Evidence__WatchInterval"] = "00:00:00.2",
        });
        await _process.StartAsync();
        using var officer = Officer();
        (await officer.PutAsync($"api/officer/calls/{Call.Id}", Call)).Ensure(System.Net.HttpStatusCode.OK);
    }

    /// <summary>SIGKILL of the process tree (no shutdown code runs), then a start on the same port and storage.</summary>
    public async Task KillAndRestartAsync()
    {
        await Process.KillAsync();
        await Process.StartAsync();
    }

    public ApiClient Officer() => ApiClient.As(Process.BaseAddress, Tokens, Samples.Officer);

    /// <summary>A member of the public (no token), who may file objections during publicity.</summary>
    public ApiClient Public() => new(Process.BaseAddress, null);

    /// <summary>An applicant of an institution of its own, so one lifecycle's credit events never block another's submission.</summary>
    public ApiClient Applicant(string personId, string institutionId) =>
        ApiClient.As(Process.BaseAddress, Tokens, new Actor(Role.Applicant, personId, "张伟", institutionId));

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
