using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>The computed year-end performance self-evaluation (绩效自评表) of a program or the whole special fund.</summary>
/// <param name="ProgramYear">The year evaluated.</param>
/// <param name="Program">The program; null for the whole special fund (自治区区域协同创新专项).</param>
/// <param name="Name">项目名称: the fund's or program's name.</param>
/// <param name="Funds">The budget block and its score.</param>
/// <param name="Goal">年度总体目标, when written.</param>
/// <param name="Rows">Indicator rows in catalog order.</param>
/// <param name="TotalPoints">Sum of every 分值 (100 when all first-level indicators have rows in scope).</param>
/// <param name="TotalScore">Budget execution score plus every row's score.</param>
/// <param name="Grade">评价等级 of the total.</param>
/// <param name="Problems">What must be fixed before the report is final: missed targets without reasons, missing data or evidence.</param>
public sealed record SelfEvaluationReport(
    int ProgramYear,
    ProgramCode? Program,
    BilingualText Name,
    FundsBlock Funds,
    OverallGoal? Goal,
    IReadOnlyList<IndicatorRow> Rows,
    decimal TotalPoints,
    decimal TotalScore,
    PerformanceGrade Grade,
    IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>The special fund's name, used when the report covers both programs.</summary>
    public static BilingualText FundName { get; } = new("自治区区域协同创新专项", "Regional Collaborative Innovation Special Fund");

    /// <summary>The table title, e.g. "2018年度自治区区域协同创新专项项目支出绩效自评表".</summary>
    public BilingualText Title => new(
        $"{ProgramYear}年度{Name.Zh}项目支出绩效自评表",
        $"{ProgramYear} project expenditure performance self-evaluation: {Name.En}");

    /// <summary>True when nothing needs fixing.</summary>
    public bool IsComplete => Problems.Count == 0;
}
