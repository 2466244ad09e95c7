namespace XjKeji.Domain.Reporting;

/// <summary>The budget block of the self-evaluation table and its score.</summary>
/// <param name="Total">年度资金总额 over the report's scope.</param>
/// <param name="Lines">Breakdown: each program, then its categories, then its new and carried-over projects.</param>
/// <param name="Points">分值 of the budget execution row.</param>
/// <param name="Score">得分 = points × min(execution rate, 1), rounded to 0.01.</param>
/// <param name="NewProjects">What the year's new projects plan to invest over their whole life (计划总投资).</param>
public sealed record FundsBlock(FundLine Total, IReadOnlyList<FundLine> Lines, decimal Points, decimal Score, NewProjectInvestment NewProjects);

/// <summary>计划总投资 of the year's new projects: fiscal funding approved plus self-raised, in CNY.</summary>
/// <param name="ProjectCount">New funded projects.</param>
/// <param name="FiscalApprovedCny">Fiscal funding approved over their whole execution (财政科技拨款).</param>
/// <param name="SelfRaisedCny">Self-raised funds (自筹资金).</param>
/// <param name="LeveragedCny">Social capital leveraged (带动社会资本投入).</param>
public sealed record NewProjectInvestment(int ProjectCount, decimal FiscalApprovedCny, decimal SelfRaisedCny, decimal LeveragedCny)
{
    /// <summary>计划总投资: fiscal plus self-raised (leveraged capital is reported beside it, as the seed does).</summary>
    public decimal TotalCny => FiscalApprovedCny + SelfRaisedCny;
}
