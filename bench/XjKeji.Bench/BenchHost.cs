using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using XjKeji.App.Http.Identity;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Bench;

/// <summary>
/// LocalHost as its own process on the bench's Azurite, with a development-token key of the run, tables of its own, and
/// business time starting on 2018-03-12 (real speed), so the 2018 call is open.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly DevTokens _tokens;

    private BenchHost(LocalHostProcess process, DevTokens tokens, string tablePrefix, string taskHubConnectionString)
    {
        Process = process;
        _tokens = tokens;
        TablePrefix = tablePrefix;
        TaskHubConnectionString = taskHubConnectionString;
    }

    /// <summary>The running host.</summary>
    public LocalHostProcess Process { get; }

    /// <summary>Prefix of the host's tables.</summary>
    public string TablePrefix { get; }

    /// <summary>The storage account of the host's task hub: its own Azurite, or the application's.</summary>
    public string TaskHubConnectionString { get; }

    /// <summary>The call every bench application is filed under: open all of 2018, with room in its envelope.</summary>
    public static AnnualCall Call { get; } = Samples.AidCall() with
    {
        OpensOn = new DateOnly(2018, 1, 1),
        ClosesOn = new DateOnly(2018, 12, 31),
        Envelopes = [new(CategoryCode.AidXinjiangA, 1_000_000_000_000m)],
    };

    /// <summary>
    /// Starts the host and stores <see cref="Call"/>; with <paramref name="taskHubConnectionString"/>, the task hub lives in
    /// that account (a second Azurite) rather than the application's.
    /// </summary>
    public static async Task<BenchHost> StartAsync(string connectionString, string? taskHubConnectionString = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var prefix = "k" + Guid.NewGuid().ToString("N")[..10];
        var environment = new Dictionary<string, string?>
        {
            ["Auth__DevTokenKey"] = Convert.ToBase64String(key),
            ["Storage__TablePrefix"] = prefix,
            ["Workflow__Clock__Scale"] = "1",
            ["Workflow__Clock__WallOrigin"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["Workflow__Clock__BusinessOrigin"] = new DateTimeOffset(2018, 3, 12, 1, 0, 0, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture),
        };
        if (taskHubConnectionString is not null)
        {
            environment["Durable__ConnectionString"] = taskHubConnectionString;
        }

        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            environment[k] = v;
        }

        var process = new LocalHostProcess(connectionString, environment) { StartTimeout = TimeSpan.FromMinutes(2) };
        await process.StartAsync();
        var host = new BenchHost(process, new DevTokens(key), prefix, taskHubConnectionString ?? connectionString);
        using var officer = host.Officer(1);
        var saved = await officer.SendAsync(HttpMethod.Put, $"api/officer/calls/{Call.Id}", Call);
        if (saved.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Saving the call answered {(int)saved.Status}: {saved.Body}");
        }

        return host;
    }

    /// <summary>A client acting as the sample officer.</summary>
    public BenchApi Officer(int connections) => As(Samples.Officer, connections);

    /// <summary>A client acting as the sample applicant.</summary>
    public BenchApi Applicant(int connections) => As(Samples.Applicant, connections);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private BenchApi As(Actor actor, int connections) => new(Process.BaseAddress, _tokens.Issue(actor, DateTimeOffset.UtcNow.AddHours(12)), connections);
}
