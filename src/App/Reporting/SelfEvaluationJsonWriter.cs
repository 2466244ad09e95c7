using System.Text.Encodings.Web;
using System.Text.Json;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Reporting;

/// <summary>
/// Writes a computed self-evaluation as JSON (UTF-8, Chinese kept readable rather than \u-escaped), streaming row by row.
/// Amounts are 万元 numbers with two decimals; every row carries its evidence count and the first ids (IndicatorRow.EvidenceListed).
/// </summary>
public static class SelfEvaluationJsonWriter
{
    private const int FlushThreshold = 16 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        // Relaxed escaping keeps 中文 as UTF-8; the output is a download, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>; the stream is left open.</summary>
    public static async Task WriteAsync(SelfEvaluationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var w = new Utf8JsonWriter(output, Options);
        await using (w.ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteNumber("programYear", report.ProgramYear);
            w.WriteString("program", report.Program?.ToString());
            w.WriteString("name", report.Name.Zh);
            w.WriteString("nameEn", report.Name.En);
            w.WriteString("title", report.Title.Zh);
            w.WriteString("titleEn", report.Title.En);
            WriteFunds(w, report.Funds);
            if (report.Goal is { } goal)
            {
                w.WriteStartObject("goal");
                w.WriteString("expected", goal.Expected);
                w.WriteString("achieved", goal.Achieved);
                w.WriteEndObject();
            }

            w.WriteStartArray("rows");
            foreach (var row in report.Rows)
            {
                WriteRow(w, row);
                if (w.BytesPending > FlushThreshold)
                {
                    await w.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            w.WriteEndArray();
            w.WriteNumber("totalPoints", ReportLabels.Fixed2(report.TotalPoints));
            w.WriteNumber("totalScore", ReportLabels.Fixed2(report.TotalScore));
            w.WriteString("grade", PerformanceGrades.Name(report.Grade).Zh);
            w.WriteString("gradeEn", PerformanceGrades.Name(report.Grade).En);
            w.WriteBoolean("complete", report.IsComplete);
            w.WriteStartArray("problems");
            foreach (var p in report.Problems)
            {
                w.WriteStartObject();
                w.WriteString("field", p.Field);
                w.WriteString("code", p.Code);
                w.WriteString("message", p.Message.Zh);
                w.WriteString("messageEn", p.Message.En);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteFunds(Utf8JsonWriter w, FundsBlock funds)
    {
        w.WriteStartObject("funds");
        w.WriteString("unit", "万元");
        w.WriteNumber("points", ReportLabels.Fixed2(funds.Points));
        w.WriteNumber("score", ReportLabels.Fixed2(funds.Score));
        w.WritePropertyName("total");
        WriteLine(w, funds.Total);
        w.WriteStartArray("lines");
        foreach (var line in funds.Lines)
        {
            WriteLine(w, line);
        }

        w.WriteEndArray();
        var n = funds.NewProjects;
        w.WriteStartObject("newProjects");
        w.WriteNumber("projectCount", n.ProjectCount);
        w.WriteNumber("fiscalApproved", ReportLabels.WanYuan(n.FiscalApprovedCny));
        w.WriteNumber("selfRaised", ReportLabels.WanYuan(n.SelfRaisedCny));
        w.WriteNumber("plannedInvestment", ReportLabels.WanYuan(n.TotalCny));
        w.WriteNumber("leveraged", ReportLabels.WanYuan(n.LeveragedCny));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter w, FundLine line)
    {
        w.WriteStartObject();
        w.WriteString("kind", line.Kind.ToString());
        w.WriteString("label", line.Label.Zh);
        w.WriteString("labelEn", line.Label.En);
        w.WriteString("program", line.Program?.ToString());
        w.WriteString("category", line.Category?.ToString());
        w.WriteNumber("projectCount", line.ProjectCount);
        if (line.InitialBudgetCny is { } initial)
        {
            w.WriteNumber("initialBudget", ReportLabels.WanYuan(initial));
        }
        else
        {
            w.WriteNull("initialBudget");
        }

        w.WriteNumber("fullYearBudget", ReportLabels.WanYuan(line.FullYearBudgetCny));
        w.WriteNumber("executed", ReportLabels.WanYuan(line.ExecutedCny));
        w.WriteString("executionRate", ReportLabels.Percent(line.ExecutionRate));
        w.WriteNumber("selfRaised", ReportLabels.WanYuan(line.SelfRaisedCny));
        w.WriteNumber("leveraged", ReportLabels.WanYuan(line.LeveragedCny));
        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, IndicatorRow row)
    {
        var d = row.Indicator;
        w.WriteStartObject();
        w.WriteString("code", d.Code);
        w.WriteString("level1", ReportLabels.Level1(d.Level1).Zh);
        w.WriteString("level2", ReportLabels.Dimension(d.Dimension).Zh);
        w.WriteString("name", d.Name.Zh);
        w.WriteString("nameEn", d.Name.En);
        w.WriteString("unit", d.Unit);
        w.WriteString("target", row.TargetText);
        w.WriteString("actual", row.ActualText);
        WriteNullableNumber(w, "targetValue", row.Target?.Number);
        WriteNullableNumber(w, "actualValue", row.Actual?.Number);
        WriteNullableNumber(w, "deviation", row.Deviation);
        WriteNullableNumber(w, "achievement", row.Achievement is { } a ? Math.Round(a, 4, MidpointRounding.AwayFromZero) : null);
        w.WriteNumber("points", ReportLabels.Fixed2(row.Points));
        w.WriteNumber("score", ReportLabels.Fixed2(row.Score));
        w.WriteString("status", row.Status.ToString());
        w.WriteBoolean("farAboveTarget", row.FarAboveTarget);
        w.WriteString("tier", row.Tier?.ToString());
        WriteNullableNumber(w, "tierPercent", row.TierPercent);
        if (row.Explanation is { } e)
        {
            w.WriteStartObject("explanation");
            w.WriteString("reason", e.Reason);
            w.WriteString("improvement", e.Improvement);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("explanation");
        }

        w.WriteStartArray("evidenceIds");
        foreach (var id in row.EvidenceIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteNumber("evidenceCount", row.EvidenceCount);
        if (row.ProjectCount is { } n)
        {
            w.WriteNumber("projectCount", n);
        }

        if (row.Survey is { } s)
        {
            w.WriteStartObject("survey");
            w.WriteNumber("responses", s.Responses);
            w.WriteNumber("satisfied", s.Satisfied);
            w.WriteStartArray("byKind");
            foreach (var k in s.ByKind)
            {
                w.WriteStartObject();
                w.WriteString("kind", k.Kind.ToString());
                w.WriteNumber("responses", k.Responses);
                w.WriteNumber("satisfied", k.Satisfied);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
