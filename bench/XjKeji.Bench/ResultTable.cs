using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace XjKeji.Bench;

/// <summary>Prints the measurements as a table and writes them, with the machine they ran on, as JSON.</summary>
public static class ResultTable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes the table to <paramref name="output"/>.</summary>
    public static void Print(IReadOnlyList<Measurement> measurements, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(output);
        string[] header = ["benchmark", "figure", "value", "baseline (same run)", "target", "met"];
        var rows = measurements.Select(m => new[]
        {
            m.Benchmark,
            m.Figure,
            $"{Format(m.Value)} {m.Unit}",
            m.Baseline is null ? "" : $"{m.Baseline}: {Format(m.BaselineValue ?? double.NaN)} {m.BaselineUnit}",
            m.Target ?? "",
            m.Met switch { true => "yes", false => "NO", null => "" },
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))));
        output.WriteLine(string.Join("-|-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))));
        }

        foreach (var noted in measurements.Where(m => m.Note is not null))
        {
            output.WriteLine($"note ({noted.Benchmark}/{noted.Figure}): {noted.Note}");
        }
    }

    /// <summary>Writes the measurements and the run's context to <paramref name="path"/>.</summary>
    public static async Task WriteJsonAsync(IReadOnlyList<Measurement> measurements, string path, string command)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var document = new
        {
            measuredAt = DateTimeOffset.UtcNow,
            command,
            machine = new { Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
            measurements,
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, Json);
    }

    private static string Format(double value) => double.IsNaN(value) ? "n/a"
        : value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);
}
