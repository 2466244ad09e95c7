using System.IO.Compression;
using System.Xml.Linq;
using XjKeji.App.Reporting;

namespace XjKeji.App.Tests.Reporting;

/// <summary>Reopens the written package with ZipArchive and LINQ to XML and reads cells back.</summary>
public class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public async Task Package_has_every_part_and_each_is_well_formed_xml()
    {
        var parts = await OpenAsync();
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"],
            parts.Keys.Order(StringComparer.Ordinal));
        var types = parts["[Content_Types].xml"];
        Assert.Contains(types.Root!.Elements(), e => (string?)e.Attribute("PartName") == "/xl/worksheets/sheet1.xml");
        var sheets = parts["xl/workbook.xml"].Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToList();
        Assert.Equal([SelfEvaluationXlsxWriter.TableSheet, SelfEvaluationXlsxWriter.ProblemsSheet], sheets.Select(s => (string?)s.Attribute("name")));
        Assert.Equal("rId1", (string?)sheets[0].Attribute(Rel + "id"));
    }

    [Fact]
    public async Task Title_and_budget_block_are_laid_out_like_the_official_table()
    {
        var sheet = new Sheet(await OpenAsync());
        Assert.Equal("自治区区域协同创新专项项目支出绩效自评表", sheet.Text("A1"));
        Assert.Equal("（2021年度）", sheet.Text("A2"));
        Assert.Equal(("项目名称", "自治区区域协同创新专项"), (sheet.Text("A3"), sheet.Text("D3")));
        Assert.Equal(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], new[] { "D5", "E5", "F5", "G5", "H5", "I5" }.Select(sheet.Text));

        Assert.Equal("年度资金总额", sheet.Text("A6"));
        Assert.Equal(["200.00", "200.00", "180.00", "10.00", "0.9", "9.00"], new[] { "D6", "E6", "F6", "G6", "H6", "I6" }.Select(sheet.Value));
        Assert.Equal("0.00", sheet.NumberFormat("D6"));
        Assert.Equal("0.00%", sheet.NumberFormat("H6"));
        Assert.Contains("A1:I1", sheet.Merges);
        Assert.Contains("A5:C5", sheet.Merges);
    }

    [Fact]
    public async Task Indicator_rows_have_merged_level_cells_and_two_decimal_points()
    {
        var sheet = new Sheet(await OpenAsync());
        var header = sheet.RowWhere("A", "一级指标");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            "ABCDEFGH".Select(c => sheet.Text($"{c}{header}")));

        var first = header + 1;
        Assert.Equal(("产出指标", "数量指标", "援疆项目数量"), (sheet.Text($"A{first}"), sheet.Text($"B{first}"), sheet.Text($"C{first}")));

        // Outputs are the 19 rows after the header; the 14 quantity rows come first; effects follow.
        Assert.Contains($"A{first}:A{first + 18}", sheet.Merges);
        Assert.Contains($"B{first}:B{first + 13}", sheet.Merges);
        Assert.Equal("效益指标", sheet.Text($"A{first + 19}"));

        var talents = sheet.RowWhere("C", "援疆人才数量");
        Assert.Equal(("10名", "5名", "0.90", "0.45"), (sheet.Text($"D{talents}"), sheet.Text($"E{talents}"), sheet.Value($"F{talents}"), sheet.Value($"G{talents}")));
        Assert.Equal("0.00", sheet.NumberFormat($"G{talents}"));
        Assert.StartsWith("原因：骨干人员\"调离\"", sheet.Text($"H{talents}"), StringComparison.Ordinal);

        var satisfaction = sheet.RowWhere("C", "科技援疆项目申报人的满意率");
        Assert.Equal(("≥95%", "95%"), (sheet.Text($"D{satisfaction}"), sheet.Text($"E{satisfaction}")));
        Assert.Contains("有效问卷21份，满意20份", sheet.Text($"I{satisfaction}"), StringComparison.Ordinal);

        var total = sheet.RowWhere("A", "总分");
        Assert.Equal(("100.00", "95.06", "评价等级：优"), (sheet.Value($"F{total}"), sheet.Value($"G{total}"), sheet.Text($"H{total}")));
    }

    [Fact]
    public async Task Goal_block_and_problems_sheet()
    {
        var parts = await OpenAsync();
        var sheet = new Sheet(parts);
        var goal = sheet.RowWhere("A", "年度总体目标");
        Assert.Equal(("预期目标", "实际完成情况"), (sheet.Text($"B{goal}"), sheet.Text($"F{goal}")));
        Assert.Equal(("促进成果转移转化", "基本完成"), (sheet.Text($"B{goal + 1}"), sheet.Text($"F{goal + 1}")));
        Assert.Contains($"A{goal}:A{goal + 1}", sheet.Merges);

        var problems = new Sheet(parts, "xl/worksheets/sheet2.xml");
        Assert.Equal(("rows[SCO-JOBS].actual", "far-above-target"), (problems.Text("A2"), problems.Text("B2")));
    }

    private static async Task<Dictionary<string, XDocument>> OpenAsync()
    {
        using var ms = new MemoryStream();
        await SelfEvaluationXlsxWriter.WriteAsync(ReportFixture.Build(), ms);
        ms.Position = 0;
        using var zip = new ZipArchive(ms, ZipArchiveMode.Read);
        var parts = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            parts[entry.FullName] = XDocument.Load(s);
        }

        return parts;
    }

    private sealed class Sheet
    {
        private readonly Dictionary<string, XElement> _cells;
        private readonly List<XElement> _formats;

        public Sheet(Dictionary<string, XDocument> parts, string name = "xl/worksheets/sheet1.xml")
        {
            var doc = parts[name];
            _cells = doc.Descendants(Main + "c").ToDictionary(c => (string)c.Attribute("r")!, StringComparer.Ordinal);
            Merges = [.. doc.Descendants(Main + "mergeCell").Select(m => (string)m.Attribute("ref")!)];
            _formats = [.. parts["xl/styles.xml"].Root!.Element(Main + "cellXfs")!.Elements(Main + "xf")];
        }

        public IReadOnlyList<string> Merges { get; }

        public string Text(string cell) => _cells.TryGetValue(cell, out var c) ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value)) : string.Empty;

        public string Value(string cell) => (string?)_cells[cell].Element(Main + "v") ?? string.Empty;

        /// <summary>The format code of the cell's style: built-in 2 is "0.00", 10 is "0.00%".</summary>
        public string NumberFormat(string cell)
        {
            var xf = _formats[(int)_cells[cell].Attribute("s")!];
            return (int)xf.Attribute("numFmtId")! switch
            {
                2 => "0.00",
                10 => "0.00%",
                var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        public int RowWhere(string column, string text) =>
            int.Parse(_cells.Single(kv => kv.Key.StartsWith(column, StringComparison.Ordinal) && char.IsDigit(kv.Key[column.Length]) && Text(kv.Key) == text).Key[column.Length..],
                System.Globalization.CultureInfo.InvariantCulture);
    }
}
