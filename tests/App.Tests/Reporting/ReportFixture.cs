using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Tests.Reporting;

/// <summary>
/// A small whole-fund year for the writers, with figures chosen so the outputs can be checked by hand:
/// AidXinjiang budget 100万 with 60万 + 40万 arranged and 50万 + 40万 executed; SCO budget 100万, 90万 executed;
/// achievements 50% (AX-TALENTS), 100% (AX-TRANSFERS), 150% (AX-IP), 200% (SCO-JOBS).
/// </summary>
internal static class ReportFixture
{
    /// <summary>An explanation with every character CSV must quote: comma, double quote, line break.</summary>
    public const string AwkwardReason = "骨干人员\"调离\", 招聘延迟\n下年补充";

    public static SelfEvaluationReport Build() => new SelfEvaluationCalculator().Compute(Input());

    public static SelfEvaluationInput Input()
    {
        var p1 = Project("P1", CategoryCode.AidXinjiangA, false, 600_000, 500_000, 800_000, 1_000_000, 0,
            [V("AX-TALENTS", 10, 5), V("AX-TRANSFERS", 10, 10), V("AX-PLATFORMS", 2, 2), V("AX-IP", 10, 15), V("AX-TRAINED", 20, 18), V("AX-OUTPUT-VALUE", 100, 120), V("AX-ECONOMIC", 50, 40)],
            ["AX-PROCESS", "AX-FUND-USE", "PUBLICITY-TIMELINESS"]);
        var p2 = Project("P2", CategoryCode.AidXinjiangB, true, 400_000, 400_000, 400_000, 0, 0, [], []);
        var s1 = Project("S1", CategoryCode.ScoKey, false, 1_000_000, 900_000, 1_500_000, 0, 2_000_000,
            [V("SCO-JOBS", 50, 100), ("SCO-DEMO-BASE", IndicatorValue.AtLeast(1), IndicatorValue.AtLeast(1)), V("SCO-EXTENSION", 5, 4), V("SCO-TRAINED", 30, 30), V("SCO-PROFIT-TAX", 100, 100), V("SCO-EXPORT", 200, 150)],
            ["PUBLICITY-TIMELINESS"]);
        return new SelfEvaluationInput(
            2021, [p1, p2, s1],
            [new ProgramBudget(ProgramCode.AidXinjiang, 1_000_000, 1_000_000), new ProgramBudget(ProgramCode.ScoPartnership, 1_000_000, 1_000_000)],
            [T("AX-PROJECTS", 1), T("SCO-PROJECTS", 1), T("AX-PROCESS", 100), T("AX-FUND-USE", 100), T("PUBLICITY-TIMELINESS", 100), T("AX-POLICY-PUBLICITY", 100),
                T("SCO-SOCIAL", 96), new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期")), new("AX-SATISFACTION", IndicatorValue.AtLeast(95)), T("SCO-SATISFACTION", 96)],
            [new("AX-POLICY-PUBLICITY", IndicatorValue.Of(100), ["pub-1"]), new("SCO-SOCIAL", IndicatorValue.Of(96), ["soc-1"]),
                new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), ["imp-1"], QualitativeTier.Met, 90)],
            [.. Enumerable.Repeat(new SurveyResponse("AX-SATISFACTION", RespondentKind.Applicant, true), 20), new SurveyResponse("AX-SATISFACTION", RespondentKind.Applicant, false),
                .. Enumerable.Repeat(new SurveyResponse("SCO-SATISFACTION", RespondentKind.ProjectSite, true), 5)],
            [new("AX-TALENTS", AwkwardReason, "加强人才引进"), new("AX-TRAINED", "培训推迟", "下年补训"), new("AX-ECONOMIC", "市场波动", "拓展销路"),
                new("SCO-EXTENSION", "出境手续较难办理", "提前办理出境手续"), new("SCO-EXPORT", "汇率变化", "开拓市场")],
            new OverallGoal("促进成果转移转化", "基本完成"));
    }

    private static (string, IndicatorValue, IndicatorValue) V(string code, decimal target, decimal actual) => (code, IndicatorValue.Of(target), IndicatorValue.Of(actual));

    private static IndicatorTarget T(string code, decimal value) => new(code, IndicatorValue.Of(value));

    private static ReportProject Project(
        string id, CategoryCode category, bool carried, decimal allocated, decimal executed, decimal approved, decimal selfRaised, decimal leveraged,
        IReadOnlyList<(string Code, IndicatorValue Target, IndicatorValue Actual)> values, IReadOnlyList<string> checks) =>
        new(id, category, carried, ProjectStage.Execution, allocated, executed, approved, selfRaised, leveraged,
            [.. values.Select(v => new IndicatorTarget(v.Code, v.Target))],
            [.. values.Select(v => new IndicatorActual(v.Code, v.Actual, [$"ev-{id}-{v.Code}"]))],
            [.. checks.Select(c => new ComplianceCheck(c, true, [$"chk-{id}-{c}"]))]);
}
