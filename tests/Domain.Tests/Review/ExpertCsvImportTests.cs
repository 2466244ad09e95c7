using System.Text;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;

namespace XjKeji.Domain.Tests.Review;

public class ExpertCsvImportTests
{
    private const string Header = "编号,姓名,单位,领域,地区,可用";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static ExpertCsvImportResult Import(string text) => ExpertCsvImport.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_UTF8_file_imports_every_column()
    {
        var csv = "编号,姓名,单位,领域,地区,可用,关键词,回避项目,回避人员,在审项目数\r\n" +
                  "E-001,张伟,INST-1,农业；环境,区内,是,滴灌、棉花,P-7,pi-9|pi-8,2\r\n" +
                  "E-002,\"Smith, John\",INST-2,Energy,区外,否,,,,\r\n";
        var result = Import(csv);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message.Zh)));
        Assert.Equal("UTF-8", result.EncodingName);
        var first = result.Experts[0];
        Assert.Equal(("E-001", "张伟", "INST-1", ExpertRegion.InXinjiang, true, 2), (first.Id, first.Name, first.InstitutionId, first.Region, first.Available, first.ActiveAssignments));
        Assert.Equal([ScoPriorityField.Agriculture, ScoPriorityField.Environment], first.Fields);
        Assert.Equal(["滴灌", "棉花"], first.Keywords);
        Assert.Equal([new DeclaredConflict(DeclaredConflictKind.Project, "P-7"), new(DeclaredConflictKind.Person, "pi-9"), new(DeclaredConflictKind.Person, "pi-8")], first.DeclaredConflicts);
        var second = result.Experts[1];
        Assert.Equal(("Smith, John", ExpertRegion.OutsideXinjiang, false, 0), (second.Name, second.Region, second.Available, second.ActiveAssignments));
        Assert.Equal([ScoPriorityField.Energy], second.Fields);
    }

    [Fact]
    public void The_email_column_is_optional_and_an_empty_cell_means_no_address()
    {
        var withEmail = Import(Header + ",邮箱\r\nE-1,张伟,INST-1,农业,区内,是,zhang.wei@xju.edu.cn\r\nE-2,李娜,INST-2,农业,区外,是,\r\n");
        Assert.True(withEmail.Succeeded, string.Join("\n", withEmail.Errors.Select(e => e.Message.Zh)));
        Assert.Equal(["zhang.wei@xju.edu.cn", null], withEmail.Experts.Select(e => e.Email));

        // Files written before the column existed import as they did.
        var older = Import(Header + "\r\nE-1,张伟,INST-1,农业,区内,是\r\n");
        Assert.True(older.Succeeded);
        Assert.Null(Assert.Single(older.Experts).Email);

        var english = Import("id,name,institution,fields,region,available,email\nE-1,Ann,INST-1,Agriculture,InXinjiang,yes,ann@example.org\n");
        Assert.Equal("ann@example.org", Assert.Single(english.Experts).Email);
    }

    [Fact]
    public void A_malformed_email_is_a_row_error_in_the_email_column()
    {
        var result = Import(Header + ",邮箱\r\nE-1,张伟,INST-1,农业,区内,是,zhang.wei.xju.edu.cn\r\n");
        Assert.Empty(result.Experts);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "邮箱", "invalid-email"), (error.Row, error.Column, error.Code));
        Assert.StartsWith("第2行：邮箱：", error.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_BOM_is_dropped_and_columns_may_come_in_any_order()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("可用,地区,领域,单位,姓名,编号\n是,疆外,,INST-1,李娜,E-9")).ToArray();
        var result = ExpertCsvImport.Parse(bytes);
        Assert.True(result.Succeeded);
        Assert.Equal(("E-9", "李娜", ExpertRegion.OutsideXinjiang), (result.Experts[0].Id, result.Experts[0].Name, result.Experts[0].Region));
    }

    [Fact]
    public void GB18030_bytes_from_Excel_are_detected_and_decoded()
    {
        // "编号,姓名,单位,领域,地区,可用\r\nE-1,张伟,INST-1,农业,区内,是\r\n" written byte by byte in GB18030 (checked with Python's codec).
        byte[] bytes =
        [
            0xB1, 0xE0, 0xBA, 0xC5, (byte)',', 0xD0, 0xD5, 0xC3, 0xFB, (byte)',', 0xB5, 0xA5, 0xCE, 0xBB, (byte)',',
            0xC1, 0xEC, 0xD3, 0xF2, (byte)',', 0xB5, 0xD8, 0xC7, 0xF8, (byte)',', 0xBF, 0xC9, 0xD3, 0xC3, (byte)'\r', (byte)'\n',
            (byte)'E', (byte)'-', (byte)'1', (byte)',', 0xD5, 0xC5, 0xCE, 0xB0, (byte)',', (byte)'I', (byte)'N', (byte)'S', (byte)'T', (byte)'-', (byte)'1', (byte)',',
            0xC5, 0xA9, 0xD2, 0xB5, (byte)',', 0xC7, 0xF8, 0xC4, 0xDA, (byte)',', 0xCA, 0xC7, (byte)'\r', (byte)'\n',
        ];
        var result = ExpertCsvImport.Parse(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message.Zh)));
        Assert.Equal("GB18030", result.EncodingName);
        var e = Assert.Single(result.Experts);
        Assert.Equal(("张伟", ScoPriorityField.Agriculture, ExpertRegion.InXinjiang, true), (e.Name, e.Fields.Single(), e.Region, e.Available));
    }

    [Fact]
    public void GB18030_with_rare_characters_outside_GBK_round_trips()
    {
        // 𠀀 (U+20000) needs GB18030's four-byte form; 维吾尔 names and ㄅ are common in Xinjiang data exports.
        var text = Header + "\r\nE-1,\"艾力·买买提, 𠀀\",INST-1,医药健康、防灾减灾,区外,否\r\n";
        var result = ExpertCsvImport.Parse(Gb18030.GetBytes(text));
        Assert.True(result.Succeeded);
        Assert.Equal("GB18030", result.EncodingName);
        Assert.Equal("艾力·买买提, 𠀀", result.Experts[0].Name);
        Assert.Equal([ScoPriorityField.MedicineAndHealth, ScoPriorityField.DisasterPrevention], result.Experts[0].Fields);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_count_as_in_Excel()
    {
        var csv = Header + ",关键词\n" +
                  "E-1,\"王\"\"老\"\"师\",INST-1,农业,区内,是,\"滴灌\n棉花\"\n" +
                  "\n" +
                  "E-2,,INST-1,农业,区内,是,\n";
        var result = Import(csv);
        Assert.False(result.Succeeded);
        // The quoted line break stays inside row 2; the blank line is row 3; the bad row is row 4.
        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "姓名", "required"), (error.Row, error.Column, error.Code));
        Assert.StartsWith("第4行", error.Message.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Row 4", error.Message.En, StringComparison.Ordinal);
        Assert.Empty(result.Experts);

        var fixedCsv = csv.Replace("E-2,,", "E-2,李,", StringComparison.Ordinal);
        var ok = Import(fixedCsv);
        Assert.True(ok.Succeeded);
        Assert.Equal("王\"老\"师", ok.Experts[0].Name);
        Assert.Equal(["滴灌", "棉花"], ok.Experts[0].Keywords);
    }

    [Fact]
    public void Every_row_error_is_reported_at_once_and_nothing_is_imported()
    {
        var csv = Header + ",在审项目数\r\n" +
                  "E-1,张伟,INST-1,农业,区内,是,0\r\n" +
                  "E-2,李娜,INST-1,天文,北京,也许,-1\r\n" +
                  "E-1,王芳,,农业,区外,否,\r\n" +
                  "E-4,赵强,INST-4,能源,区内,是,1,多余\r\n";
        var result = Import(csv);
        Assert.Empty(result.Experts);
        Assert.Equal(
            [(3, "领域", "unknown-field"), (3, "地区", "invalid-region"), (3, "可用", "invalid-available"), (3, "在审项目数", "invalid-number"),
             (4, "单位", "required"), (4, "编号", "duplicate-id"), (5, (string?)null, "too-many-cells")],
            result.Errors.Select(e => (e.Row, e.Column, e.Code)));
        Assert.Contains("第2行", result.Errors.Single(e => e.Code == "duplicate-id").Message.Zh, StringComparison.Ordinal);
        Assert.Contains("农业、能源", result.Errors[0].Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_problems_are_reported_together()
    {
        var result = Import("编号,姓名,姓名,职称,领域\nE-1,a,b,c,农业\n");
        Assert.Equal(
            [("姓名", "duplicate-column"), ("职称", "unknown-column"), ("单位", "missing-column"), ("地区", "missing-column"), ("可用", "missing-column")],
            result.Errors.Select(e => (e.Column, e.Code)));
        Assert.All(result.Errors, e => Assert.Equal(1, e.Row));
    }

    [Fact]
    public void English_headers_are_accepted()
    {
        var result = Import("id,name,institution,fields,region,available\nE-1,Ann,INST-1,Agriculture,InXinjiang,yes\n");
        Assert.True(result.Succeeded);
        Assert.Equal(ExpertRegion.InXinjiang, result.Experts[0].Region);
    }

    [Theory]
    [InlineData("", "missing-header")]
    [InlineData("\n\n", "missing-header")]
    [InlineData(Header + "\nE-1,\"张伟,INST-1,农业,区内,是\n", "unterminated-quote")]
    [InlineData(Header + "\nE-1,\"张\"伟,INST-1,农业,区内,是\n", "malformed-quote")]
    public void Malformed_files_are_refused_with_a_reason(string csv, string code)
    {
        var result = Import(csv);
        Assert.False(result.Succeeded);
        Assert.Contains(code, result.Errors.Select(e => e.Code));
        Assert.Empty(result.Experts);
    }

    [Fact]
    public void A_header_only_file_imports_no_one_successfully()
    {
        var result = Import(Header + "\r\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Experts);
    }

    [Fact]
    public void UTF16_and_undecodable_bytes_are_refused()
    {
        var utf16 = ExpertCsvImport.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header)).ToArray());
        Assert.Equal(("unsupported-encoding", 0), (utf16.Errors.Single().Code, utf16.Errors.Single().Row));
        // 0xFF is a byte neither UTF-8 nor GB18030 allows.
        var garbage = ExpertCsvImport.Parse([.. Encoding.ASCII.GetBytes(Header + "\n"), 0xFF, 0xFF]);
        Assert.Equal("invalid-encoding", garbage.Errors.Single().Code);
        // A UTF-8 BOM followed by GB18030 bytes (张伟): the BOM is believed, and the bytes are refused rather than guessed.
        var badBom = ExpertCsvImport.Parse([0xEF, 0xBB, 0xBF, 0xD5, 0xC5, 0xCE, 0xB0]);
        Assert.Equal("invalid-encoding", badBom.Errors.Single().Code);
    }
}
