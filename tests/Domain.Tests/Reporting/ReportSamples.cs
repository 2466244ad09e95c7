using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>Builds report inputs tersely; every actual gets one evidence id "ev-{project}-{indicator}".</summary>
internal static class ReportSamples
{
    public static ReportProject Project(
        string id,
        CategoryCode category,
        bool carriedOver = false,
        ProjectStage stage = ProjectStage.Execution,
        decimal allocated = 0,
        decimal executed = 0,
        decimal approved = 0,
        decimal selfRaised = 0,
        decimal leveraged = 0,
        IEnumerable<(string Code, IndicatorValue Target, IndicatorValue? Actual)>? values = null,
        IEnumerable<(string Code, bool Met)>? checks = null)
    {
        var v = values?.ToList() ?? [];
        return new ReportProject(
            id, category, carriedOver, stage, allocated, executed, approved, selfRaised, leveraged,
            [.. v.Select(x => new IndicatorTarget(x.Code, x.Target))],
            [.. v.Where(x => x.Actual is not null).Select(x => new IndicatorActual(x.Code, x.Actual!, [$"ev-{id}-{x.Code}"]))],
            [.. (checks ?? []).Select(c => new ComplianceCheck(c.Code, c.Met, [$"chk-{id}-{c.Code}"]))]);
    }

    public static (string, IndicatorValue, IndicatorValue?) V(string code, decimal target, decimal? actual) =>
        (code, IndicatorValue.Of(target), actual is null ? null : IndicatorValue.Of(actual.Value));

    public static IndicatorTarget Target(string code, decimal value) => new(code, IndicatorValue.Of(value));

    public static DeviationExplanation Why(string code) => new(code, "项目执行期跨年度，部分任务尚未完成", "加强中期检查，督促按期完成");

    public static IEnumerable<SurveyResponse> Answers(string code, RespondentKind kind, int satisfied, int unsatisfied) =>
        Enumerable.Repeat(new SurveyResponse(code, kind, true), satisfied).Concat(Enumerable.Repeat(new SurveyResponse(code, kind, false), unsatisfied));

    public static IndicatorRow Row(this SelfEvaluationReport report, string code) => report.Rows.Single(r => r.Indicator.Code == code);

    public static FundLine Line(this SelfEvaluationReport report, FundLineKind kind, ProgramCode program, CategoryCode? category = null) =>
        report.Funds.Lines.Single(l => l.Kind == kind && l.Program == program && l.Category == category);

    public static IReadOnlyList<string> ProblemCodes(this SelfEvaluationReport report) =>
        [.. report.Problems.Select(p => $"{p.Field}:{p.Code}").Order(StringComparer.Ordinal)];
}
