using System.Globalization;
using XjKeji.Bench;
using XjKeji.Infrastructure.Azurite;

// Usage: bench/run.sh [evidence] [intake] [transitions] [report] [azurite] [--table-sizes 1000,10000,100000] [--applications N] [--concurrency N] [--small-files N] [--large-mib N]
//        [--lifecycles N] [--in-memory-lifecycles N] [--counted-lifecycles N] [--projects N] [--institutions N] [--writers N] [--target-spread N]
//        [--save-report FILE] [--out FILE] [--taskhub shared|separate] [--azurite-data disk|memory]
// With no benchmark named, all run. Intake and transitions run LocalHost with its task hub on a second Azurite, as Azure
// keeps it in an account of its own (--taskhub shared: one Azurite for both); the storage-request counts use one Azurite.
// Every figure's baseline is measured in the same run, on the application's Azurite.
var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i][2..]] = args[++i];
    }
    else
    {
        selected.Add(args[i]);
    }
}

string[] known = ["evidence", "intake", "transitions", "report", "azurite"];
if (selected.Except(known, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } unknown)
{
    Console.Error.WriteLine($"Unknown benchmark '{unknown}'. Known: {string.Join(", ", known)}.");
    return 2;
}

int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
bool Runs(string name) => selected.Count == 0 || selected.Contains(name);
var results = new List<Measurement>();
var failed = 0;

// A benchmark that fails (a timeout, a refused request) is reported as such, and the others' figures are still printed.
async Task Run(string name, Func<Task<IReadOnlyList<Measurement>>> benchmark)
{
    try
    {
        results.AddRange(await benchmark());
    }
    catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException)
    {
        failed++;
        Console.Error.WriteLine($"{name} failed: {e}");
        results.Add(new Measurement(name, "FAILED", double.NaN, "", Note: e.Message));
    }
}

var taskHubMode = options.GetValueOrDefault("taskhub") ?? "separate";
if (taskHubMode is not ("shared" or "separate"))
{
    Console.Error.WriteLine($"--taskhub is 'shared' or 'separate', not '{taskHubMode}'.");
    return 2;
}

var progress = new Progress<string>(line => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"));
// Azurite keeps its data in memory unless --azurite-data disk gives it a folder, as ./run.sh's LocalHost has. In memory it
// holds each queue message in an extent of its own, and its minutely sweep deletes them one by one, each delete
// re-sorting the index of every extent: 31-46 % of the task hub's Azurite at 1,000 lifecycles. On disk that sweep is
// gone, yet the run was no faster (2.4 transitions/s against 2.9); the README's Performance section has the profile.
var azuriteData = options.GetValueOrDefault("azurite-data") ?? "memory";
if (azuriteData is not ("disk" or "memory"))
{
    Console.Error.WriteLine($"--azurite-data is 'disk' or 'memory', not '{azuriteData}'.");
    return 2;
}

using var dataFolders = new BenchDataFolders(azuriteData == "disk");
await using (var azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions { Location = dataFolders.Next("app") }))
await using (var taskHubAzurite = taskHubMode == "separate" ? await AzuriteProcess.StartNewAsync(new AzuriteOptions { Location = dataFolders.Next("taskhub") }) : null)
{
    Console.Error.WriteLine($"Azurite: {azurite}" + (taskHubAzurite is null ? string.Empty : $"; task hub on {taskHubAzurite}"));
    var azuritePids = new BenchAzuritePids(azurite.ProcessId, taskHubAzurite?.ProcessId);
    if (Runs("evidence"))
    {
        await Run("evidence", () => new EvidenceBenchmark(azurite.ConnectionString, Option("small-files", 32), Option("large-mib", 200) * 1024L * 1024).RunAsync(progress));
    }

    if (Runs("intake"))
    {
        await Run("intake", () => new IntakeBenchmark(azurite.ConnectionString, taskHubAzurite?.ConnectionString, azuritePids, Option("applications", 10_000), Option("concurrency", 64)).RunAsync(progress));
    }

    if (Runs("transitions"))
    {
        await Run("transitions", () => new TransitionsBenchmark(azurite.ConnectionString, taskHubAzurite?.ConnectionString, azuritePids, Option("lifecycles", 1_000), Option("concurrency", 64),
            Option("in-memory-lifecycles", 100), Option("counted-lifecycles", 100)).RunAsync(progress));
    }

    if (Runs("azurite"))
    {
        var sizes = options.TryGetValue("table-sizes", out var listed)
            ? listed.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [1_000, 10_000, 100_000];
        await Run("azurite", () => new AzuriteScanBenchmark(azurite.ConnectionString, sizes).RunAsync(progress));
    }

    if (Runs("report"))
    {
        await Run("report", () => new ReportBenchmark(azurite.ConnectionString, azurite.ProcessId, Option("projects", 100_000), Option("institutions", 500), Option("writers", 32),
            options.GetValueOrDefault("save-report"), Option("target-spread", ReportSeed.DefaultTargetSpread)).RunAsync(progress));
    }
}

ResultTable.Print(results, Console.Out);
var output = options.GetValueOrDefault("out") ?? Path.Combine("bench", "results", $"bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
await ResultTable.WriteJsonAsync(results, output, "bench/run.sh " + string.Join(' ', args));
Console.WriteLine($"Written: {output}");
return failed == 0 ? 0 : 1;
