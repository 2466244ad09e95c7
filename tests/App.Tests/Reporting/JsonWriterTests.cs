using System.Text;
using System.Text.Json;
using XjKeji.App.Reporting;

namespace XjKeji.App.Tests.Reporting;

public class JsonWriterTests
{
    private static async Task<(string Text, JsonElement Root)> WriteAsync()
    {
        using var ms = new MemoryStream();
        await SelfEvaluationJsonWriter.WriteAsync(ReportFixture.Build(), ms);
        var text = Encoding.UTF8.GetString(ms.ToArray());
        return (text, JsonDocument.Parse(ms.ToArray()).RootElement.Clone());
    }

    [Fact]
    public async Task Chinese_is_written_as_utf8_not_escaped()
    {
        var (text, _) = await WriteAsync();
        Assert.Contains("\"援疆人才数量\"", text, StringComparison.Ordinal);
        Assert.Contains("\"优\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funds_are_wan_yuan_with_two_decimals()
    {
        var (_, root) = await WriteAsync();
        var total = root.GetProperty("funds").GetProperty("total");
        Assert.Equal("200.00", total.GetProperty("fullYearBudget").GetRawText());
        Assert.Equal("180.00", total.GetProperty("executed").GetRawText());
        Assert.Equal("90%", total.GetProperty("executionRate").GetString());
        Assert.Equal("200.00", total.GetProperty("leveraged").GetRawText());
        Assert.Equal("9.00", root.GetProperty("funds").GetProperty("score").GetRawText());
    }

    [Fact]
    public async Task Rows_carry_texts_scores_explanations_and_evidence()
    {
        var (_, root) = await WriteAsync();
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(25, rows.Count);
        var talents = rows.Single(r => r.GetProperty("code").GetString() == "AX-TALENTS");
        Assert.Equal("10名", talents.GetProperty("target").GetString());
        Assert.Equal("5名", talents.GetProperty("actual").GetString());
        Assert.Equal("0.90", talents.GetProperty("points").GetRawText());
        Assert.Equal(0.45m, talents.GetProperty("score").GetDecimal());
        Assert.Equal(-5m, talents.GetProperty("deviation").GetDecimal());
        Assert.Equal("产出指标", talents.GetProperty("level1").GetString());
        Assert.Equal("数量指标", talents.GetProperty("level2").GetString());
        Assert.Equal(ReportFixture.AwkwardReason, talents.GetProperty("explanation").GetProperty("reason").GetString());
        Assert.Equal(["ev-P1-AX-TALENTS"], talents.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetString()));

        var survey = rows.Single(r => r.GetProperty("code").GetString() == "AX-SATISFACTION").GetProperty("survey");
        Assert.Equal((21, 20), (survey.GetProperty("responses").GetInt32(), survey.GetProperty("satisfied").GetInt32()));
    }

    [Fact]
    public async Task Total_grade_and_problems_are_written()
    {
        var (_, root) = await WriteAsync();
        Assert.Equal(95.06m, root.GetProperty("totalScore").GetDecimal());
        Assert.Equal("优", root.GetProperty("grade").GetString());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal("far-above-target", root.GetProperty("problems")[0].GetProperty("code").GetString());
    }
}
