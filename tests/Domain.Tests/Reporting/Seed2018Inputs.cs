using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;
using static XjKeji.Domain.Tests.Reporting.ReportSamples;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>
/// Recorded data equivalent to the seed's 2018 year, built from the figures of DOMAIN.md: 146 carried-over and 111 new
/// AidXinjiang projects (19,500k and 20,500k this year; the new ones approved 38,300k fiscal with 71,439.5k self-raised),
/// SCO 4 key and 10 general new projects (5,590k) plus carried-over ones (4,410k), 27,545k leveraged. Each project's
/// indicator values are spread so that the sums are the 自评表's. Every project disbursed what was arranged.
/// </summary>
internal static class Seed2018Inputs
{
    /// <summary>The seed does not say how many SCO projects were carried over; any number gives the same table.</summary>
    public const int ScoCarriedOverCount = 6;

    public static SelfEvaluationInput Build()
    {
        var projects = new List<ReportProject>();
        var axCarried = Spread(19_500_000m, 146);
        for (var i = 0; i < 146; i++)
        {
            var category = (CategoryCode)(1 + (i % 3));
            projects.Add(Project($"AX-C{i:000}", category, carriedOver: true, allocated: axCarried[i], executed: axCarried[i], approved: axCarried[i] * 2));
        }

        var axThisYear = Spread(20_500_000m, 111);
        var axApproved = Spread(38_300_000m, 111);
        var axSelf = Spread(71_439_500m, 111);
        var talents = Counts(445, 111);
        var platforms = Counts(1, 111);
        var trained = Counts(1192, 111);
        var output = Counts(5675, 111);
        for (var i = 0; i < 111; i++)
        {
            var category = i < 30 ? CategoryCode.AidXinjiangA : i < 70 ? CategoryCode.AidXinjiangB : CategoryCode.AidXinjiangC;
            projects.Add(Project($"AX-N{i:000}", category, allocated: axThisYear[i], executed: axThisYear[i], approved: axApproved[i], selfRaised: axSelf[i],
                values: [Same("AX-TALENTS", talents[i]), Same("AX-TRANSFERS", 1), Same("AX-PLATFORMS", platforms[i]), Same("AX-IP", 1),
                    Same("AX-TRAINED", trained[i]), Same("AX-OUTPUT-VALUE", output[i]), Same("AX-ECONOMIC", output[i])],
                checks: [("AX-PROCESS", true), ("AX-FUND-USE", true), ("PUBLICITY-TIMELINESS", true)]));
        }

        var scoCarried = Spread(4_410_000m, ScoCarriedOverCount);
        for (var i = 0; i < ScoCarriedOverCount; i++)
        {
            projects.Add(Project($"SCO-C{i}", CategoryCode.ScoGeneral, carriedOver: true, allocated: scoCarried[i], executed: scoCarried[i], approved: 500_000));
        }

        var leveraged = Spread(27_545_000m, 14);
        var jobs = Counts(800, 14);
        var extension = Counts(10, 14);
        var scoTrained = Counts(360, 14);
        var profit = Counts(200, 14);
        var export = Counts(1500, 14);
        for (var i = 0; i < 14; i++)
        {
            // 4 key projects get 800k this year of 1,500k, 10 general ones 239k of 350k: 3,200k + 2,390k = 5,590k.
            var key = i < 4;
            var thisYear = key ? 800_000m : 239_000m;

            // Two projects each promise and build "at least 1万亩" of demonstration base; the table says "2万亩以上".
            var demo = i < 2 ? IndicatorValue.AtLeast(1) : IndicatorValue.Of(0);
            projects.Add(Project($"SCO-N{i:00}", key ? CategoryCode.ScoKey : CategoryCode.ScoGeneral, allocated: thisYear, executed: thisYear,
                approved: key ? 1_500_000m : 350_000m, leveraged: leveraged[i],
                values: [Same("SCO-JOBS", jobs[i]), ("SCO-DEMO-BASE", demo, demo), Same("SCO-EXTENSION", extension[i]), Same("SCO-TRAINED", scoTrained[i]),
                    Same("SCO-PROFIT-TAX", profit[i]), Same("SCO-EXPORT", export[i])],
                checks: [("PUBLICITY-TIMELINESS", true)]));
        }

        return new SelfEvaluationInput(
            2018, projects,
            [new ProgramBudget(ProgramCode.AidXinjiang, 40_000_000, 40_000_000), new ProgramBudget(ProgramCode.ScoPartnership, 10_000_000, 10_000_000)],
            [Target("AX-PROJECTS", 111), Target("SCO-PROJECTS", 14), Target("AX-PROCESS", 100), Target("AX-FUND-USE", 100), Target("PUBLICITY-TIMELINESS", 100),
                Target("AX-POLICY-PUBLICITY", 100), Target("SCO-SOCIAL", 96), new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期")),
                new("AX-SATISFACTION", IndicatorValue.AtLeast(95)), Target("SCO-SATISFACTION", 96)],
            [new("AX-POLICY-PUBLICITY", IndicatorValue.Of(100), ["publicity-report"]), new("SCO-SOCIAL", IndicatorValue.Of(96), ["sco-impact-survey"]),
                new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), ["impact-review"], QualitativeTier.Met, 85)],
            [.. Answers("AX-SATISFACTION", RespondentKind.Applicant, 111, 0), .. Answers("SCO-SATISFACTION", RespondentKind.ProjectSite, 14, 0)],
            [],
            new OverallGoal("促进区外技术、人才、管理、资金优势与新疆资源、区位优势相结合；面向中亚国家开展科技合作。", "按计划完成年度各项指标。"));
    }

    private static (string, IndicatorValue, IndicatorValue?) Same(string code, decimal value) => (code, IndicatorValue.Of(value), IndicatorValue.Of(value));

    /// <summary>Splits CNY into n parts in whole 元, the remainder going to the first parts.</summary>
    private static decimal[] Spread(decimal total, int n)
    {
        var each = Math.Floor(total / n);
        var rest = (int)(total - (each * n));
        return [.. Enumerable.Range(0, n).Select(i => each + (i < rest ? 1 : 0))];
    }

    /// <summary>Splits a whole count into n parts differing by at most one.</summary>
    private static int[] Counts(int total, int n) => [.. Enumerable.Range(0, n).Select(i => (total / n) + (i < total % n ? 1 : 0))];
}
