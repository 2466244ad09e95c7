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
    public void Indicator_codes_are_stored_as_numbers_and_a_code_without_one_as_text()
    {
        // "qualitative" is in no catalog: it keeps its text.
        var facts = ReportFacts.Of(StorageSamples.Full("P-1"));
        var code = facts.Targets[0].IndicatorCode;

        var json = ReportFactsJson.Write(facts);

        Assert.DoesNotContain(code, json, StringComparison.Ordinal);
        Assert.Contains("[\"qualitative\",", json, StringComparison.Ordinal);
        Assert.True(StoredIndicatorCodes.TryNumber(code, out var number));
        Assert.Contains($"[{number},", json, StringComparison.Ordinal);
        Assert.Equivalent(facts, ReportFactsJson.Read(json), strict: true);
    }

    [Fact]
    public void An_entry_written_with_codes_as_text_reads_as_before()
    {
        const string stored = "[\"P-1\",9,2018,1,\"inst-1\",6,2,100.00,100.00,0,[[2018,60.00]],[[\"AX-TALENTS\",12]],[[\"AX-IP\",3,[0],2]],[\"/a.pdf\"]]";

        var facts = ReportFactsJson.Read(stored)!;

        Assert.Equal(("AX-TALENTS", 12m), (facts.Targets.Single().IndicatorCode, facts.Targets.Single().Value.Number!.Value));
        var actual = facts.Actuals.Single();
        Assert.Equal(("AX-IP", 3m, Domain.Indicators.IndicatorComparator.AtLeast, "P-1/a.pdf"),
            (actual.IndicatorCode, actual.Value.Number!.Value, actual.Value.Comparator, actual.EvidenceIds.Single()));
    }

    [Fact]
    public void Every_catalog_code_has_a_number_and_the_numbers_given_never_move()
    {
        Assert.All(Domain.Indicators.IndicatorCatalog.All, d => Assert.True(StoredIndicatorCodes.TryNumber(d.Code, out _), $"{d.Code} has no stored number: append it"));
        Assert.All(StoredIndicatorCodes.All.Select((code, number) => (code, number)), x => Assert.Equal(x.code, StoredIndicatorCodes.Code(x.number)));
        Assert.Throws<InvalidDataException>(() => StoredIndicatorCodes.Code(StoredIndicatorCodes.All.Count));

        // Stored entries name codes by these numbers: the first 25 are pinned (append after them, never reorder).
        var first = string.Join('\n', StoredIndicatorCodes.All.Take(25));
        Assert.Equal("30069e82d56698cef26b1c623c07fd3f80cfff62661bf2c9921558c52abff008",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first))));
    }

    [Fact]
    public void Entries_read_together_share_equal_targets_tranches_and_institutions_and_read_the_same()
    {
        var sharing = new ReportFactsSharing();
        var a = ReportFacts.Of(StorageSamples.Full("P-1"));
        var b = a with { ProjectId = "P-2" };

        var first = ReportFactsJson.Read(System.Text.Encoding.UTF8.GetBytes(ReportFactsJson.Write(a)), sharing)!;
        var second = ReportFactsJson.Read(System.Text.Encoding.UTF8.GetBytes(ReportFactsJson.Write(b)), sharing)!;

        Assert.Equivalent(a, first, strict: true);
        Assert.Equivalent(b, second, strict: true);
        Assert.Same(first.Targets[0], second.Targets[0]);
        Assert.Same(first.Disbursements[0], second.Disbursements[0]);
        Assert.Same(first.InstitutionId, second.InstitutionId);
    }

    [Fact]
    public void Sharing_keeps_a_numbers_scale_and_leaves_text_values_alone()
    {
        var sharing = new ReportFactsSharing();
        var twelve = sharing.Target("AX-TALENTS", Domain.Indicators.IndicatorValue.Of(12m));

        Assert.Same(twelve, sharing.Target("AX-TALENTS", Domain.Indicators.IndicatorValue.Of(12m)));
        Assert.Equal("12.00", sharing.Target("AX-TALENTS", Domain.Indicators.IndicatorValue.Of(12.00m)).Value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotSame(twelve, sharing.Target("AX-TALENTS", Domain.Indicators.IndicatorValue.AtLeast(12m)));
        Assert.NotSame(twelve, sharing.Target("AX-IP", Domain.Indicators.IndicatorValue.Of(12m)));
        Assert.NotSame(sharing.Target("AX-IP", Domain.Indicators.IndicatorValue.Qualitative("较好")), sharing.Target("AX-IP", Domain.Indicators.IndicatorValue.Qualitative("较好")));
        Assert.Equal("60.0", sharing.Tranche(2018, 60.0m).FiscalCny.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("60", sharing.Tranche(2018, 60m).FiscalCny.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sharing_stops_keeping_new_values_once_a_kind_is_full()
    {
        var sharing = new ReportFactsSharing();
        for (var i = 0; i < ReportFactsSharing.MaxEntriesPerKind; i++)
        {
            sharing.Tranche(2018, i);
        }

        Assert.Same(sharing.Tranche(2018, 7m), sharing.Tranche(2018, 7m));
        var past = (decimal)ReportFactsSharing.MaxEntriesPerKind;
        Assert.NotSame(sharing.Tranche(2018, past), sharing.Tranche(2018, past));
        Assert.Equal(past, sharing.Tranche(2018, past).FiscalCny);
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
