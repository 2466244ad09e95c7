using System.Globalization;
using XjKeji.Infrastructure.Azurite;
using XjKeji.Simulator;
using XjKeji.Simulator.Driving;
using XjKeji.Simulator.Spec;

// Usage: tools/simulate.sh SPEC.json [--out FOLDER] [--compare-seed-2018]
// Starts its own Azurite (loopback, free ports) unless Storage__ConnectionString is set, runs the year, writes the report.
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("Usage: tools/simulate.sh SPEC.json [--out FOLDER] [--compare-seed-2018]   e.g. tools/simulate.sh tests/fixtures/program-year-2018.json --compare-seed-2018");
    return 2;
}

ProgramYearSpec spec;
try
{
    spec = SpecReader.Read(await File.ReadAllTextAsync(args[0]));
}
catch (Exception e) when (e is InvalidDataException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var outIndex = Array.IndexOf(args, "--out");
var output = outIndex > 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine("simulation", $"{spec.ProgramYear}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
var progress = new ProgressBar(Console.Error, !Console.IsErrorRedirected);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var connection = Environment.GetEnvironmentVariable("Storage__ConnectionString");
    await using var azurite = connection is null ? await AzuriteProcess.StartNewAsync(new AzuriteOptions()) : null;
    var report = await Simulation.RunAsync(spec, connection ?? azurite!.ConnectionString, output, progress, cancel.Token);
    var json = report.Json;
    progress.Say(string.Create(CultureInfo.InvariantCulture,
        $"report: total score {json.GetProperty("totalScore").GetDecimal()} of {json.GetProperty("totalPoints").GetDecimal()}, grade {json.GetProperty("grade").GetString()}, {json.GetProperty("rows").GetArrayLength()} indicator rows, {json.GetProperty("problems").GetArrayLength()} problems"));
    progress.Say($"written to {Path.GetFullPath(output)} in {progress.Elapsed:hh\\:mm\\:ss}");
    if (args.Contains("--compare-seed-2018"))
    {
        var differences = SeedComparison.Differences(json);
        foreach (var d in differences)
        {
            progress.Say("differs from the seed: " + d);
        }

        progress.Say(differences.Count == 0 ? "the report reproduces the seed's 2018 table: every row, fund figure and satisfaction figure" : $"{differences.Count} differences from the seed");
        return differences.Count == 0 ? 0 : 3;
    }

    return 0;
}
catch (Exception e) when (e is SimulationException or HttpRequestException or TaskCanceledException)
{
    progress.Say("simulation stopped: " + e.Message);
    return 1;
}
