using System.Globalization;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.Domain.Indicators;

namespace XjKeji.Simulator;

/// <summary>
/// Compares a simulated 2018 report with the seed's published 自评表 (<see cref="SeedTable2018"/>) and its fund figures
/// (DOMAIN.md, the seed's sections 二(一) and 二(二)): every row's target and actual, the money per program, carried over
/// and new, leveraged capital, and the satisfaction answers. Each line says what was expected and what came out.
/// </summary>
public static class SeedComparison
{
    /// <summary>Every difference; empty when the report reproduces the seed.</summary>
    public static IReadOnlyList<string> Differences(JsonElement report)
    {
        var found = new List<string>();
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("indicator").GetProperty("code").GetString()!);
        foreach (var (code, target, actual) in SeedTable2018.Rows)
        {
            if (!rows.TryGetValue(code, out var row))
            {
                found.Add($"{code}: row missing");
                continue;
            }

            Same(found, $"{code} target", target, Value(row.GetProperty("target")));
            Same(found, $"{code} actual", actual, Value(row.GetProperty("actual")));
        }

        var funds = report.GetProperty("funds");
        Same(found, "fund total (万元)", "5000.00", Wan(funds.GetProperty("total").GetProperty("executedCny")));
        Same(found, "leveraged capital (万元)", "2754.50", Wan(funds.GetProperty("total").GetProperty("leveragedCny")));
        foreach (var (kind, program, count, wan) in new[]
        {
            ("Program", "AidXinjiang", 257, "4000.00"), ("CarriedOverProjects", "AidXinjiang", 146, "1950.00"), ("NewProjects", "AidXinjiang", 111, "2050.00"),
            ("Program", "ScoPartnership", -1, "1000.00"), ("CarriedOverProjects", "ScoPartnership", -1, "441.00"), ("NewProjects", "ScoPartnership", 14, "559.00"),
        })
        {
            var line = funds.GetProperty("lines").EnumerateArray().FirstOrDefault(l => l.GetProperty("kind").GetString() == kind && l.GetProperty("program").GetString() == program);
            if (line.ValueKind != JsonValueKind.Object)
            {
                found.Add($"{kind} {program}: fund line missing");
                continue;
            }

            // The seed does not say how many SCO projects were carried over: only their money is compared.
            if (count >= 0)
            {
                Same(found, $"{kind} {program} projects", count.ToString(CultureInfo.InvariantCulture), line.GetProperty("projectCount").GetInt32().ToString(CultureInfo.InvariantCulture));
            }

            Same(found, $"{kind} {program} (万元)", wan, Wan(line.GetProperty("fullYearBudgetCny")));
        }

        foreach (var (code, responses) in new[] { ("AX-SATISFACTION", 111), ("SCO-SATISFACTION", 14) })
        {
            if (rows.TryGetValue(code, out var row) && row.GetProperty("survey").ValueKind == JsonValueKind.Object)
            {
                var survey = row.GetProperty("survey");
                Same(found, $"{code} answers (responses/satisfied)", $"{responses}/{responses}", $"{survey.GetProperty("responses").GetInt32()}/{survey.GetProperty("satisfied").GetInt32()}");
            }
            else
            {
                found.Add($"{code}: no survey answers");
            }
        }

        return found;
    }

    private static IndicatorValue? Value(JsonElement e) => e.ValueKind == JsonValueKind.Object ? e.Deserialize<IndicatorValue>(ApiJson.Options) : null;

    private static string Wan(JsonElement cny) => (cny.GetDecimal() / 10_000m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void Same<T>(List<string> found, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            found.Add($"{what}: seed {expected}, simulated {actual}");
        }
    }
}
