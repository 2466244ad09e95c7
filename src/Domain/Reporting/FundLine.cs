using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Reporting;

/// <summary>One line of the funds block, in CNY (writers show 万元 with <see cref="Cny.FormatWanYuan"/>).</summary>
/// <param name="Kind">What the line adds up.</param>
/// <param name="Label">The line's label, Chinese and English.</param>
/// <param name="Program">The program, for program-level and finer lines.</param>
/// <param name="Category">The category, for category lines.</param>
/// <param name="ProjectCount">Funded projects behind the line.</param>
/// <param name="InitialBudgetCny">年初预算数; known only at program level and above (finance budgets programs, not categories).</param>
/// <param name="FullYearBudgetCny">全年预算数: the program's adjusted budget, or below program level what was arranged to its projects.</param>
/// <param name="ExecutedCny">全年执行数: fiscal money disbursed in the year.</param>
/// <param name="SelfRaisedCny">Self-raised funds (自筹) of the projects.</param>
/// <param name="LeveragedCny">Social capital leveraged (带动社会资本投入).</param>
public sealed record FundLine(
    FundLineKind Kind,
    BilingualText Label,
    ProgramCode? Program,
    CategoryCode? Category,
    int ProjectCount,
    decimal? InitialBudgetCny,
    decimal FullYearBudgetCny,
    decimal ExecutedCny,
    decimal SelfRaisedCny,
    decimal LeveragedCny)
{
    /// <summary>执行率 = 全年执行数 ÷ 全年预算数 (a fraction, not capped); null when there is no budget.</summary>
    public decimal? ExecutionRate => FullYearBudgetCny == 0 ? null : ExecutedCny / FullYearBudgetCny;
}
