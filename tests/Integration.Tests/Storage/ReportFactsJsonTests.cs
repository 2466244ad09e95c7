using XjKeji.Domain.Reporting;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>The report's read model keeps a project's facts and its accepted files exactly, in a compact form.</summary>
public class ReportFactsJsonTests
{
    [Fact]
    public void Facts_survive_the_stored_form_exactly()
    {
        // Chinese text, trailing zeros and cents, an at-least value, a qualitative one, evidence with Chinese names.
        var facts = ReportFacts.Of(StorageSamples.Full("P-报告-1"));

        var json = ReportFactsJson.Write(facts);
        var back = ReportFactsJson.Read(json);

        Assert.Equivalent(facts, back, strict: true);
        Assert.Equal(("P-报告-1", 9), ReportFactsJson.ReadVersion(json));
        Assert.Contains(",71439500.00,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        // Compact: positions instead of names, each evidence name once.
        Assert.True(json.Length < 300, $"{json.Length} characters: {json}");
    }

    [Fact]
    public void Evidence_names_of_the_project_are_kept_short_and_any_other_name_exactly()
    {
        var facts = ReportFacts.Of(StorageSamples.Full("P-1")) with
        {
            Actuals =
            [
                new("AX-TALENTS", Domain.Indicators.IndicatorValue.Of(1), ["P-1/AcceptanceDue/0a/验收报告.pdf", "P-1/AcceptanceDue/0a/验收报告.pdf", "/P-1/x", "\\y", "P-10/z", "P-1"]),
                new("AX-IP", Domain.Indicators.IndicatorValue.Qualitative("较好"), ["P-1/AcceptanceDue/0a/验收报告.pdf"]),
            ],
        };

        var json = ReportFactsJson.Write(facts);

        Assert.Equivalent(facts, ReportFactsJson.Read(json), strict: true);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "验收报告"));
        Assert.DoesNotContain("\"P-1/AcceptanceDue", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_stands_for_facts_too_large_to_keep()
    {
        var json = ReportFactsJson.WriteTooLarge("P-BIG", 12);

        Assert.Null(ReportFactsJson.Read(json));
        Assert.Equal(("P-BIG", 12), ReportFactsJson.ReadVersion(json));
    }

    [Fact]
    public void Accepted_files_keep_their_upload_times_and_names()
    {
        var at = new DateTimeOffset(2018, 6, 1, 9, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4567);
        IReadOnlyList<(DateTimeOffset, string)> files = [(at, "P-1/Contract/0123/任务书（签字盖章）.pdf"), (at.AddDays(1), "P-1/AcceptanceDue/4567/验收报告.pdf"), (at, "/other")];

        var back = ReportFactsJson.ReadFiles(ReportFactsJson.WriteFiles("P-1", files));

        Assert.Equal("P-1", back.ProjectId);
        Assert.Equal(files, back.Files);
        Assert.Null(ReportFactsJson.ReadFiles(ReportFactsJson.WriteFiles("P-1", null)).Files);
    }
}
