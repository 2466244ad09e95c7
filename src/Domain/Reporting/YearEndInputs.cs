using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// What the officer enters for the year-end report and no workflow records: the program budgets (年初/全年预算数),
/// fund-level targets, assessments of officer-judged rows (qualitative tiers), deviation explanations and the overall goal.
/// Everything else in the report comes from the projects, their evidence and the survey answers.
/// </summary>
public sealed record YearEndInputs(
    IReadOnlyList<ProgramBudget> Budgets,
    IReadOnlyList<IndicatorTarget> FundTargets,
    IReadOnlyList<OfficerAssessment> Assessments,
    IReadOnlyList<DeviationExplanation> Explanations,
    OverallGoal? Goal = null)
{
    /// <summary>Nothing entered yet.</summary>
    public static YearEndInputs Empty { get; } = new([], [], [], []);
}
