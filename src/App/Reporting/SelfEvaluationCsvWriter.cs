using System.Globalization;
using System.Text;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Reporting;

/// <summary>
/// Writes the self-evaluation as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Chinese as the
/// local code page), RFC 4180 quoting and CRLF line ends. Two tables: indicator rows, and the funds block.
/// </summary>
public static class SelfEvaluationCsvWriter
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Header of the indicator table.</summary>
    public static IReadOnlyList<string> IndicatorHeader { get; } =
        ["指标代码", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差", "分值", "得分", "偏差原因分析及改进措施", "备注", "佐证材料"];

    /// <summary>Header of the funds table.</summary>
    public static IReadOnlyList<string> FundsHeader { get; } =
        ["项目", "项目数", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自筹资金（万元）", "带动社会资本（万元）", "分值", "得分"];

    /// <summary>
    /// Writes the indicator table: the budget execution row first (it is scored like an indicator), every catalog row,
    /// then the total with its grade.
    /// </summary>
    public static async Task WriteIndicatorsAsync(SelfEvaluationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = await OpenAsync(output, cancellationToken).ConfigureAwait(false);
        await using (w.ConfigureAwait(false))
        {
            await WriteRecordAsync(w, IndicatorHeader).ConfigureAwait(false);
            var f = report.Funds;
            await WriteRecordAsync(w, ["BUDGET-EXECUTION", "预算执行率", string.Empty, "预算执行率", "100%", ReportLabels.Percent(f.Total.ExecutionRate), string.Empty,
                ReportLabels.Points(f.Points), ReportLabels.Points(f.Score), string.Empty, string.Empty, string.Empty]).ConfigureAwait(false);
            foreach (var row in report.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteRecordAsync(w, [
                    row.Indicator.Code, ReportLabels.Level1(row.Indicator.Level1).Zh, ReportLabels.Dimension(row.Indicator.Dimension).Zh, row.Indicator.Name.Zh,
                    row.TargetText, row.ActualText, row.Deviation?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty,
                    ReportLabels.Points(row.Points), ReportLabels.Points(row.Score), ReportLabels.Explanation(row), ReportLabels.Note(row),
                    string.Join(' ', row.EvidenceIds)]).ConfigureAwait(false);
            }

            await WriteRecordAsync(w, ["TOTAL", "总分", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                ReportLabels.Points(report.TotalPoints), ReportLabels.Points(report.TotalScore), string.Empty,
                $"评价等级：{PerformanceGrades.Name(report.Grade).Zh}", string.Empty]).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the funds block: the total, then each program with its categories and new and carried-over projects.</summary>
    public static async Task WriteFundsAsync(SelfEvaluationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = await OpenAsync(output, cancellationToken).ConfigureAwait(false);
        await using (w.ConfigureAwait(false))
        {
            await WriteRecordAsync(w, FundsHeader).ConfigureAwait(false);
            var f = report.Funds;
            await WriteLineAsync(w, f.Total, ReportLabels.Points(f.Points), ReportLabels.Points(f.Score)).ConfigureAwait(false);
            foreach (var line in f.Lines)
            {
                await WriteLineAsync(w, line, string.Empty, string.Empty).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Quotes a field when RFC 4180 requires it (comma, quote, CR or LF), doubling inner quotes.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static async Task<StreamWriter> OpenAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Bom, cancellationToken).ConfigureAwait(false);

        // The BOM is written above on purpose, so the writer's own encoding must not add another.
        return new StreamWriter(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
    }

    private static Task WriteLineAsync(StreamWriter w, FundLine line, string points, string score) =>
        WriteRecordAsync(w, [
            line.Kind == FundLineKind.Total ? line.Label.Zh : $"{(line.Kind == FundLineKind.Program ? string.Empty : "　")}{line.Label.Zh}",
            line.ProjectCount.ToString(CultureInfo.InvariantCulture),
            line.InitialBudgetCny is { } i ? Money(i) : string.Empty, Money(line.FullYearBudgetCny), Money(line.ExecutedCny),
            ReportLabels.Percent(line.ExecutionRate), Money(line.SelfRaisedCny), Money(line.LeveragedCny), points, score]);

    private static string Money(decimal cny) => ReportLabels.WanYuan(cny).ToString("0.00", CultureInfo.InvariantCulture);

    private static async Task WriteRecordAsync(StreamWriter w, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await w.WriteAsync(',').ConfigureAwait(false);
            }

            await w.WriteAsync(Quote(fields[i])).ConfigureAwait(false);
        }

        await w.WriteLineAsync().ConfigureAwait(false);
    }
}
