using System.IO.Compression;
using System.Text;
using XjKeji.App.Reporting.Xlsx;
using XjKeji.Domain.Reporting;
using static XjKeji.App.Reporting.Xlsx.XlsxCell;
using S = XjKeji.App.Reporting.Xlsx.XlsxStyles;

namespace XjKeji.App.Reporting;

/// <summary>
/// Writes the self-evaluation as an Excel workbook laid out like the published 项目支出绩效自评表: title, budget block
/// (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), goals block, indicator rows with merged 一级指标 and 二级指标
/// cells, total and grade; a second sheet lists what must still be fixed. SpreadsheetML written by hand over
/// System.IO.Compression, streamed to the output.
/// </summary>
public static class SelfEvaluationXlsxWriter
{
    /// <summary>Name of the table sheet.</summary>
    public const string TableSheet = "绩效自评表";

    /// <summary>Name of the problems sheet.</summary>
    public const string ProblemsSheet = "待完善事项";

    private const int Last = 8;
    private static readonly double[] Widths = [12, 16, 40, 14, 14, 12, 12, 40, 36];

    /// <summary>Writes <paramref name="report"/> as .xlsx to <paramref name="output"/>; the stream is left open.</summary>
    public static async Task WriteAsync(SelfEvaluationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
        {
            await PartAsync(zip, "[Content_Types].xml", XlsxPackageParts.ContentTypes(2), cancellationToken).ConfigureAwait(false);
            await PartAsync(zip, "_rels/.rels", XlsxPackageParts.RootRelationships, cancellationToken).ConfigureAwait(false);
            await PartAsync(zip, "xl/workbook.xml", XlsxPackageParts.Workbook([TableSheet, ProblemsSheet]), cancellationToken).ConfigureAwait(false);
            await PartAsync(zip, "xl/_rels/workbook.xml.rels", XlsxPackageParts.WorkbookRelationships(2), cancellationToken).ConfigureAwait(false);
            await PartAsync(zip, "xl/styles.xml", S.Xml, cancellationToken).ConfigureAwait(false);
            await SheetAsync(zip, "xl/worksheets/sheet1.xml", Widths, w => TableAsync(w, report, cancellationToken), cancellationToken).ConfigureAwait(false);
            await SheetAsync(zip, "xl/worksheets/sheet2.xml", [28, 26, 60, 60], w => ProblemsAsync(w, report, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task TableAsync(WorksheetWriter w, SelfEvaluationReport report, CancellationToken ct)
    {
        await SpanAsync(w, T(0, report.Title.Zh.Replace($"{report.ProgramYear}年度", string.Empty, StringComparison.Ordinal), S.Title), S.Title, ct, 30).ConfigureAwait(false);
        await SpanAsync(w, T(0, $"（{report.ProgramYear}年度）", S.Subtitle), S.Subtitle, ct).ConfigureAwait(false);
        await LabelledAsync(w, "项目名称", report.Name.Zh, ct).ConfigureAwait(false);
        await LabelledAsync(w, "主管部门", ReportLabels.Department, ct).ConfigureAwait(false);
        await BudgetAsync(w, report.Funds, ct).ConfigureAwait(false);
        await GoalAsync(w, report.Goal, ct).ConfigureAwait(false);
        await IndicatorsAsync(w, report, ct).ConfigureAwait(false);
    }

    private static async Task BudgetAsync(WorksheetWriter w, FundsBlock f, CancellationToken ct)
    {
        var header = await w.RowAsync(
            [T(0, "项目资金（万元）", S.Header), Empty(1, S.Header), Empty(2, S.Header), T(3, "年初预算数", S.Header), T(4, "全年预算数", S.Header),
                T(5, "全年执行数", S.Header), T(6, "分值", S.Header), T(7, "执行率", S.Header), T(8, "得分", S.Header)], ct).ConfigureAwait(false);
        w.Merge(0, header, 2, header);
        await FundRowAsync(w, f.Total, f.Points, f.Score, ct).ConfigureAwait(false);
        foreach (var line in f.Lines)
        {
            await FundRowAsync(w, line, null, null, ct).ConfigureAwait(false);
        }

        var n = f.NewProjects;
        await AmountAsync(w, $"本年新上项目{n.ProjectCount}项：财政拨款（立项总额）", n.FiscalApprovedCny, ct).ConfigureAwait(false);
        await AmountAsync(w, "本年新上项目：自筹资金", n.SelfRaisedCny, ct).ConfigureAwait(false);
        await AmountAsync(w, "本年新上项目：计划总投资", n.TotalCny, ct).ConfigureAwait(false);
        await AmountAsync(w, "带动社会资本投入", f.Total.LeveragedCny, ct).ConfigureAwait(false);
    }

    private static async Task FundRowAsync(WorksheetWriter w, FundLine line, decimal? points, decimal? score, CancellationToken ct)
    {
        var label = line.Kind switch
        {
            FundLineKind.Total => line.Label.Zh,
            FundLineKind.Program => $"其中：{line.Label.Zh}（{line.ProjectCount}项）",
            _ => $"　　{line.Label.Zh}（{line.ProjectCount}项）",
        };
        var r = await w.RowAsync(
            [T(0, label, S.Text), Empty(1, S.Text), Empty(2, S.Text),
                N(3, line.InitialBudgetCny is { } i ? ReportLabels.WanYuan(i) : null, S.Decimal2), N(4, ReportLabels.WanYuan(line.FullYearBudgetCny), S.Decimal2),
                N(5, ReportLabels.WanYuan(line.ExecutedCny), S.Decimal2), N(6, points is { } p ? ReportLabels.Fixed2(p) : null, S.Decimal2),
                N(7, line.ExecutionRate is { } rate ? Math.Round(rate, 4, MidpointRounding.AwayFromZero) : null, S.Percent2), N(8, score is { } sc ? ReportLabels.Fixed2(sc) : null, S.Decimal2)], ct).ConfigureAwait(false);
        w.Merge(0, r, 2, r);
    }

    private static async Task AmountAsync(WorksheetWriter w, string label, decimal cny, CancellationToken ct)
    {
        var r = await w.RowAsync(
            [T(0, label, S.Text), Empty(1, S.Text), Empty(2, S.Text), N(3, ReportLabels.WanYuan(cny), S.Decimal2),
                Empty(4, S.Text), Empty(5, S.Text), Empty(6, S.Text), Empty(7, S.Text), Empty(8, S.Text)], ct).ConfigureAwait(false);
        w.Merge(0, r, 2, r);
        w.Merge(4, r, Last, r);
    }

    private static async Task GoalAsync(WorksheetWriter w, OverallGoal? goal, CancellationToken ct)
    {
        var top = await w.RowAsync(
            [T(0, "年度总体目标", S.Header), T(1, "预期目标", S.Header), Empty(2, S.Header), Empty(3, S.Header), Empty(4, S.Header),
                T(5, "实际完成情况", S.Header), Empty(6, S.Header), Empty(7, S.Header), Empty(8, S.Header)], ct).ConfigureAwait(false);
        var body = await w.RowAsync(
            [Empty(0, S.Header), T(1, goal?.Expected ?? string.Empty, S.Text), Empty(2, S.Text), Empty(3, S.Text), Empty(4, S.Text),
                T(5, goal?.Achieved ?? string.Empty, S.Text), Empty(6, S.Text), Empty(7, S.Text), Empty(8, S.Text)], ct, 60).ConfigureAwait(false);
        w.Merge(0, top, 0, body);
        w.Merge(1, top, 4, top);
        w.Merge(5, top, Last, top);
        w.Merge(1, body, 4, body);
        w.Merge(5, body, Last, body);
    }

    private static async Task IndicatorsAsync(WorksheetWriter w, SelfEvaluationReport report, CancellationToken ct)
    {
        string[] heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "备注"];
        await w.RowAsync(heads.Select((h, i) => T(i, h, S.Header)), ct).ConfigureAwait(false);

        // Merged level cells: the first row of a run carries the name, the rest stay empty but bordered.
        var rows = ReportLabels.TableOrder(report.Rows);
        int level1Start = 0, level2Start = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var d = row.Indicator;
            var newLevel1 = i == 0 || rows[i - 1].Indicator.Level1 != d.Level1;
            var newLevel2 = newLevel1 || rows[i - 1].Indicator.Dimension != d.Dimension;
            var r = await w.RowAsync(
                [newLevel1 ? T(0, ReportLabels.Level1(d.Level1).Zh, S.Centered) : Empty(0, S.Centered),
                    newLevel2 ? T(1, ReportLabels.Dimension(d.Dimension).Zh, S.Centered) : Empty(1, S.Centered),
                    T(2, d.Name.Zh, S.Text), T(3, row.TargetText, S.Centered), T(4, row.ActualText, S.Centered),
                    N(5, ReportLabels.Fixed2(row.Points), S.Decimal2), N(6, ReportLabels.Fixed2(row.Score), S.Decimal2), T(7, ReportLabels.Explanation(row), S.Text), T(8, ReportLabels.Note(row), S.Text)], ct).ConfigureAwait(false);
            level1Start = newLevel1 ? r : level1Start;
            level2Start = newLevel2 ? r : level2Start;
            var lastOfLevel1 = i == rows.Count - 1 || rows[i + 1].Indicator.Level1 != d.Level1;
            var lastOfLevel2 = lastOfLevel1 || rows[i + 1].Indicator.Dimension != d.Dimension;
            if (lastOfLevel1)
            {
                w.Merge(0, level1Start, 0, r);
            }

            if (lastOfLevel2)
            {
                w.Merge(1, level2Start, 1, r);
            }
        }

        var total = await w.RowAsync(
            [T(0, "总分", S.Header), Empty(1, S.Header), Empty(2, S.Header), Empty(3, S.Header), Empty(4, S.Header),
                N(5, ReportLabels.Fixed2(report.TotalPoints), S.Decimal2), N(6, ReportLabels.Fixed2(report.TotalScore), S.Decimal2),
                T(7, $"评价等级：{PerformanceGrades.Name(report.Grade).Zh}", S.Header), Empty(8, S.Header)], ct).ConfigureAwait(false);
        w.Merge(0, total, 4, total);
        w.Merge(7, total, Last, total);
    }

    private static async Task ProblemsAsync(WorksheetWriter w, SelfEvaluationReport report, CancellationToken ct)
    {
        await w.RowAsync([T(0, "位置", S.Header), T(1, "代码", S.Header), T(2, "问题", S.Header), T(3, "Problem", S.Header)], ct).ConfigureAwait(false);
        foreach (var p in report.Problems)
        {
            await w.RowAsync([T(0, p.Field, S.Text), T(1, p.Code, S.Text), T(2, p.Message.Zh, S.Text), T(3, p.Message.En, S.Text)], ct).ConfigureAwait(false);
        }
    }

    private static async Task SpanAsync(WorksheetWriter w, XlsxCell first, int style, CancellationToken ct, double? height = null)
    {
        var r = await w.RowAsync([first, .. Enumerable.Range(1, Last).Select(c => Empty(c, style))], ct, height).ConfigureAwait(false);
        w.Merge(0, r, Last, r);
    }

    private static async Task LabelledAsync(WorksheetWriter w, string label, string value, CancellationToken ct)
    {
        var r = await w.RowAsync(
            [T(0, label, S.Header), Empty(1, S.Header), Empty(2, S.Header), T(3, value, S.Text), .. Enumerable.Range(4, Last - 3).Select(c => Empty(c, S.Text))], ct).ConfigureAwait(false);
        w.Merge(0, r, 2, r);
        w.Merge(3, r, Last, r);
    }

    private static async Task SheetAsync(ZipArchive zip, string name, IReadOnlyList<double> widths, Func<WorksheetWriter, Task> body, CancellationToken ct)
    {
        var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct).ConfigureAwait(false);
        await using (entry.ConfigureAwait(false))
        {
            var w = await WorksheetWriter.StartAsync(entry, widths, ct).ConfigureAwait(false);
            await using (w.ConfigureAwait(false))
            {
                await body(w).ConfigureAwait(false);
                await w.FinishAsync(ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task PartAsync(ZipArchive zip, string name, string xml, CancellationToken ct)
    {
        var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct).ConfigureAwait(false);
        await using (entry.ConfigureAwait(false))
        {
            await entry.WriteAsync(new UTF8Encoding(false).GetBytes(xml), ct).ConfigureAwait(false);
        }
    }
}
