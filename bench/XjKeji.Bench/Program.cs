using System.Globalization;
using XjKeji.Bench;
using XjKeji.Infrastructure.Azurite;

// Usage: bench/run.sh [evidence] [intake] [transitions] [report] [azurite] [--table-sizes 1000,10000,100000] [--applications N] [--concurrency N] [--small-files N] [--large-mib N]
//        [--lifecycles N] [--in-memory-lifecycles N] [--counted-lifecycles N] [--projects N] [--institutions N] [--writers N]
//        [--save-report FILE] [--out FILE]
// With no benchmark named, all run. Every figure's baseline is measured in the same run, on the same Azurite.
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

var progress = new Progress<string>(line => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"));
var results = new List<Measurement>();
await using (var azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions()))
{
    Console.Error.WriteLine($"Azurite: {azurite}");
    if (Runs("evidence"))
    {
        results.AddRange(await new EvidenceBenchmark(azurite.ConnectionString, Option("small-files", 32), Option("large-mib", 200) * 1024L * 1024).RunAsync(progress));
    }

    if (Runs("intake"))
    {
        results.AddRange(await new IntakeBenchmark(azurite.ConnectionString, Option("applications", 10_000), Option("concurrency", 64)).RunAsync(progress));
    }

    if (Runs("transitions"))
    {
        results.AddRange(await new TransitionsBenchmark(azurite.ConnectionString, Option("lifecycles", 1_000), Option("concurrency", 64),
            Option("in-memory-lifecycles", 100), Option("counted-lifecycles", 100)).RunAsync(progress));
    }

    if (Runs("azurite"))
    {
        var sizes = options.TryGetValue("table-sizes", out var listed)
            ? listed.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [1_000, 10_000, 100_000];
        results.AddRange(await new AzuriteScanBenchmark(azurite.ConnectionString, sizes).RunAsync(progress));
    }

    if (Runs("report"))
    {
        results.AddRange(await new ReportBenchmark(azurite.ConnectionString, Option("projects", 100_000), Option("institutions", 500), Option("writers", 32),
            options.GetValueOrDefault("save-report")).RunAsync(progress));
    }
}

ResultTable.Print(results, Console.Out);
var output = options.GetValueOrDefault("out") ?? Path.Combine("bench", "results", $"bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
await ResultTable.WriteJsonAsync(results, output, "bench/run.sh " + string.Join(' ', args));
Console.WriteLine($"Written: {output}");
return 0;
