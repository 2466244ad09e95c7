using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Reporting;

/// <summary>Everything recorded for one program year that the self-evaluation is computed from.</summary>
/// <param name="ProgramYear">The year evaluated.</param>
/// <param name="Projects">The projects of the year (new and carried over); unfunded ones are ignored.</param>
/// <param name="Budgets">Each program's budget for the year; a program without one uses what was arranged to its projects.</param>
/// <param name="FundTargets">
/// Targets set for the fund as a whole (the approved 绩效目标 and the calls): project counts, compliance and satisfaction
/// rates, officer-assessed rows. A fund target also replaces the sum of project targets when given for a summed row.
/// </param>
/// <param name="Assessments">The officer's findings for officer-assessed rows.</param>
/// <param name="Survey">Satisfaction survey answers.</param>
/// <param name="Explanations">Deviation reasons and measures per row.</param>
/// <param name="Goal">The overall goal block, when written.</param>
public sealed record SelfEvaluationInput(
    int ProgramYear,
    IReadOnlyList<ReportProject> Projects,
    IReadOnlyList<ProgramBudget> Budgets,
    IReadOnlyList<IndicatorTarget> FundTargets,
    IReadOnlyList<OfficerAssessment> Assessments,
    IReadOnlyList<SurveyResponse> Survey,
    IReadOnlyList<DeviationExplanation> Explanations,
    OverallGoal? Goal = null);
