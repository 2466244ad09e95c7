using System.Globalization;
using System.Security.Cryptography;
using XjKeji.App.Http.Identity;
using XjKeji.Infrastructure.Azurite;
using XjKeji.Simulator.Driving;
using XjKeji.Simulator.Planning;
using XjKeji.Simulator.Spec;

namespace XjKeji.Simulator;

/// <summary>
/// One simulated program year: LocalHost as its own process on the given storage, with tables of its own, a fresh
/// development-token key and business time starting at the spec's start, compressed as the spec says; the year driven
/// over HTTP; the report written to <c>outputFolder</c>.
/// </summary>
public static class Simulation
{
    /// <summary>Runs the spec and writes report.json, report.xlsx, report.csv and report.png to <paramref name="outputFolder"/>.</summary>
    public static async Task<SimulatedReport> RunAsync(ProgramYearSpec spec, string storageConnectionString, string outputFolder, ProgressBar progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(progress);
        var plan = YearPlanner.Plan(spec);
        progress.Say($"plan: {plan.Applications.Count} applications ({plan.Applications.Count(a => a.Funded)} funded), {plan.CarriedOverCount} carried over, {spec.SecondsPerBusinessDay} s per business day");

        var key = RandomNumberGenerator.GetBytes(32);
        var scale = 86_400d / spec.SecondsPerBusinessDay;
        var businessOrigin = new DateTimeOffset(spec.StartsOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        await using var host = new LocalHostProcess(storageConnectionString, new Dictionary<string, string?>
        {
            ["Auth__DevTokenKey"] = Convert.ToBase64String(key),
            ["Storage__TablePrefix"] = "s" + Guid.NewGuid().ToString("N")[..10],
            ["Workflow__Clock__Scale"] = scale.ToString(CultureInfo.InvariantCulture),
            ["Workflow__Clock__WallOrigin"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["Workflow__Clock__BusinessOrigin"] = businessOrigin.ToString("O", CultureInfo.InvariantCulture),
            ["Workflow__RecheckInterval"] = "00:00:30",
            ["Evidence__WatchInterval"] = "00:00:00.5",
        }) { StartTimeout = TimeSpan.FromMinutes(2) };
        await host.StartAsync(cancellationToken);

        var report = await new YearDriver(host.BaseAddress, new DevTokens(key), spec, plan, progress).RunAsync(cancellationToken);
        Directory.CreateDirectory(outputFolder);
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "report.json"), report.Json.GetRawText(), cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(outputFolder, "report.xlsx"), report.Xlsx, cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(outputFolder, "report.csv"), report.Csv, cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(outputFolder, "report.png"), report.Png, cancellationToken);
        return report;
    }
}
