using System.Security.Cryptography;
using XjKeji.App.Http;
using XjKeji.App.Http.Identity;
using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// LocalHost as a separate process on the shared Azurite, with tables of its own, a known development-token key, and
/// business time compressed so a business day passes in <see cref="WallPerBusinessDay"/>.
/// </summary>
internal sealed class LocalHostScenario : IAsyncDisposable
{
    private LocalHostScenario(LocalHostProcess host, DevTokens tokens, ClockOptions clock, string tablePrefix)
    {
        Host = host;
        Tokens = tokens;
        Clock = new ScaledBusinessClock(clock, TimeProvider.System);
        TablePrefix = tablePrefix;
    }

    public LocalHostProcess Host { get; }

    public DevTokens Tokens { get; }

    public IBusinessClock Clock { get; }

    public string TablePrefix { get; }

    public static readonly DateTimeOffset BusinessStart = new(2018, 3, 12, 1, 0, 0, TimeSpan.Zero);

    public static Task<LocalHostScenario> StartAsync(AzuriteFixture azurite, TimeSpan wallPerBusinessDay) =>
        StartAsync(azurite.ConnectionString, wallPerBusinessDay);

    public static async Task<LocalHostScenario> StartAsync(string storageConnectionString, TimeSpan wallPerBusinessDay, IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var clock = new ClockOptions { Scale = TimeSpan.FromDays(1) / wallPerBusinessDay, WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = BusinessStart };
        var prefix = "h" + Guid.NewGuid().ToString("N")[..10];
        var host = new LocalHostProcess(storageConnectionString, new Dictionary<string, string?>
        {
            ["Auth__DevTokenKey"] = Convert.ToBase64String(key),
            ["Storage__TablePrefix"] = prefix,
            ["Workflow__Clock__Scale"] = clock.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Workflow__Clock__WallOrigin"] = clock.WallOrigin.ToString("O"),
            ["Workflow__Clock__BusinessOrigin"] = clock.BusinessOrigin.ToString("O"),
            ["Workflow__RecheckInterval"] = "00:00:05",
            // Compressed time leaves seconds for a step: processing must follow an upload quickly.
            ["Evidence__WatchInterval"] = "00:00:00.2",
        }.Concat(extraEnvironment ?? new Dictionary<string, string?>()).ToDictionary());
        await host.StartAsync();
        var scenario = new LocalHostScenario(host, new DevTokens(key), clock, prefix);
        using var officer = scenario.Officer();
        (await officer.PutAsync($"api/officer/calls/{YearCall.Id}", YearCall)).Ensure(System.Net.HttpStatusCode.OK);
        return scenario;
    }

    /// <summary>A call open all of 2018, so compressed time cannot close it under a slow test.</summary>
    public static AnnualCall YearCall { get; } = Samples.AidCall() with { OpensOn = new DateOnly(2018, 1, 1), ClosesOn = new DateOnly(2018, 12, 31), Envelopes = [new(CategoryCode.AidXinjiangA, 100_000_000m)] };

    public ApiClient Officer() => ApiClient.As(Host.BaseAddress, Tokens, Samples.Officer);

    public ApiClient Applicant(string institutionId = Samples.InstitutionId) =>
        ApiClient.As(Host.BaseAddress, Tokens, new Actor(Role.Applicant, "pi-1", "张伟", institutionId));

    public ApiClient Anonymous() => new(Host.BaseAddress, null);

    public DateOnly BusinessToday => ChinaStandardTime.DateOf(Clock.Now);

    /// <summary>
    /// Creates and submits an application with a two-month execution period; returns its id. <paramref name="form"/>
    /// replaces the sample form (its institution must be the applicant's).
    /// </summary>
    public async Task<string> SubmitApplicationAsync(ApiClient applicant, string key, ApplicationForm? form = null)
    {
        form = (form ?? Samples.AidForm()) with { ExecutionStartsOn = new DateOnly(2018, 4, 1), ExecutionEndsOn = new DateOnly(2018, 5, 31) };
        var created = (await applicant.PostAsync("api/applicant/projects", new CreateDraftRequest(YearCall.Id, form))).Ensure(System.Net.HttpStatusCode.Created);
        var id = created.Json.GetProperty("id").GetString()!;
        (await applicant.PostAsync($"api/applicant/projects/{id}/submit", idempotencyKey: key)).Ensure(System.Net.HttpStatusCode.OK);
        return id;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
