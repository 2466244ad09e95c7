using System.IO.Compression;
using System.Security;
using System.Text;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Projects.Import;

namespace XjKeji.Domain.Tests.Projects.Import;

/// <summary>The workbook Excel saved reads like its CSV: shared strings, numbers, Excel date serials, empty cells.</summary>
public class CarriedOverXlsxImportTests
{
    private static readonly DateOnly Today = new(2018, 3, 12);

    [Fact]
    public void The_first_sheet_of_a_workbook_is_imported_with_excel_dates()
    {
        string[] header = ["编号", "项目名称", "类别", "计划年度", "承担单位编码", "承担单位", "负责人编号", "负责人", "负责人邮箱", "阶段", "立项日期", "合同签订日期", "执行开始", "执行结束", "批复财政资金", "年度拨款"];

        // 42887 is 2017-06-01 as Excel stores it; 42906 is 2017-06-20.
        object[] row = ["AX-2017-009", "阿克苏红枣精深加工", "AidXinjiangB", 2017, "91650000-INST-9", "阿克苏地区科技局", "pi-9", "热依拉", "pi9@example.cn", "执行", 42887, 42906, "2017-07-01", "2019-06-30", 400000, "2017:250000；2018:150000"];
        var result = CarriedOverCsvImport.Parse(Workbook(header, row), Today);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message.En)));
        Assert.Equal("xlsx", result.EncodingName);
        var p = Assert.Single(result.Projects);
        Assert.Equal(("阿克苏红枣精深加工", ProjectStage.Execution, new DateOnly(2017, 6, 1), new DateOnly(2017, 6, 20), 400_000m),
            (p.Title, p.Stage, p.ApprovedOn, p.ContractSignedOn, p.ApprovedFiscalCny));
        Assert.Equal(2, p.Row);
    }

    [Fact]
    public void Row_problems_name_the_rows_excel_shows_and_a_broken_workbook_is_refused()
    {
        var result = CarriedOverCsvImport.Parse(Workbook(["编号", "项目名称"], ["X", "Y"]), Today);
        Assert.Contains(result.Errors, e => e.Code == "missing-column" && e.Row == 1);

        var broken = CarriedOverCsvImport.Parse([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], Today);
        Assert.Equal("unreadable-workbook", Assert.Single(broken.Errors).Code);
    }

    /// <summary>A minimal workbook as Excel writes it: strings shared, numbers inline, cells referenced A1-style.</summary>
    private static byte[] Workbook(string[] header, object[] row)
    {
        var shared = new List<string>();
        string Cell(object value, string reference)
        {
            if (value is string s)
            {
                shared.Add(s);
                return $"<c r=\"{reference}\" t=\"s\"><v>{shared.Count - 1}</v></c>";
            }

            return $"<c r=\"{reference}\"><v>{value}</v></c>";
        }

        static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + (i / 26) - 1)}{(char)('A' + (i % 26))}";
        var rows = new StringBuilder();
        foreach (var (cells, number) in new[] { (header.Cast<object>().ToArray(), 1), (row, 2) })
        {
            rows.Append($"<row r=\"{number}\">").Append(string.Concat(cells.Select((v, i) => Cell(v, Column(i) + number)))).Append("</row>");
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }

            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Add("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"结转项目\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/data.xml\"/></Relationships>");
            Add("xl/worksheets/data.xml", $"<worksheet xmlns=\"{main}\"><sheetData>{rows}</sheetData></worksheet>");
            Add("xl/sharedStrings.xml", $"<sst xmlns=\"{main}\">{string.Concat(shared.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"))}</sst>");
        }

        return stream.ToArray();
    }
}
