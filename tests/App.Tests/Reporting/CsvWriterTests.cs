using System.Text;
using XjKeji.App.Reporting;

namespace XjKeji.App.Tests.Reporting;

public class CsvWriterTests
{
    [Fact]
    public async Task Indicator_table_starts_with_a_bom_and_round_trips_through_an_rfc4180_reader()
    {
        var bytes = await Indicators();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[3..6]);

        var records = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(SelfEvaluationCsvWriter.IndicatorHeader, records[0]);
        Assert.Equal(1 + 1 + 25 + 1, records.Count);
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));

        var budget = records[1];
        Assert.Equal(("预算执行率", "90%", "10.00", "9.00"), (budget[1], budget[5], budget[7], budget[8]));

        var talents = records.Single(r => r[0] == "AX-TALENTS");
        Assert.Equal(("援疆人才数量", "10名", "5名", "-5", "0.90", "0.45"), (talents[3], talents[4], talents[5], talents[6], talents[7], talents[8]));
        Assert.Equal($"原因：{ReportFixture.AwkwardReason}；措施：加强人才引进", talents[9]);

        var total = records[^1];
        Assert.Equal(("总分", "100.00", "95.06", "评价等级：优"), (total[1], total[7], total[8], total[10]));
    }

    [Fact]
    public async Task Lines_end_with_crlf_and_awkward_fields_are_quoted()
    {
        var text = Encoding.UTF8.GetString(await Indicators());
        Assert.Contains("\"原因：骨干人员\"\"调离\"\", 招聘延迟\n下年补充；措施：加强人才引进\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

        // Outside quoted fields every line break is CRLF.
        var outside = string.Concat(text.Split('"').Where((_, i) => i % 2 == 0));
        Assert.DoesNotContain("\n", outside.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("中文，全角逗号", "中文，全角逗号")]
    public void Quote_follows_rfc4180(string field, string expected) => Assert.Equal(expected, SelfEvaluationCsvWriter.Quote(field));

    [Fact]
    public async Task Funds_table_lists_total_programs_categories_and_ages_in_wan_yuan()
    {
        using var ms = new MemoryStream();
        await SelfEvaluationCsvWriter.WriteFundsAsync(ReportFixture.Build(), ms);
        var records = Parse(Encoding.UTF8.GetString(ms.ToArray(), 3, (int)ms.Length - 3));
        Assert.Equal(SelfEvaluationCsvWriter.FundsHeader, records[0]);
        Assert.Equal(["年度资金总额", "3", "200.00", "200.00", "180.00", "90%", "100.00", "200.00", "10.00", "9.00"], records[1]);
        Assert.Equal(["科技援疆计划", "2", "100.00", "100.00", "90.00", "90%", "100.00", "0.00", "", ""], records[2]);
        Assert.Contains(records, r => r[0] == "　上年结转项目" && r[3] == "40.00" && r[4] == "40.00");
        Assert.Contains(records, r => r[0] == "　重点项目" && r[3] == "100.00" && r[4] == "90.00" && r[7] == "200.00");
    }

    private static async Task<byte[]> Indicators()
    {
        using var ms = new MemoryStream();
        await SelfEvaluationCsvWriter.WriteIndicatorsAsync(ReportFixture.Build(), ms);
        return ms.ToArray();
    }

    /// <summary>A minimal RFC 4180 reader, independent of the writer.</summary>
    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        return records;
    }
}
