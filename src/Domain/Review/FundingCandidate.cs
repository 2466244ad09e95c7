using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Review;

/// <summary>An application competing for funding: its panel score, category, and the fiscal amount it requested.</summary>
/// <param name="Score">The panel score (carries the project id).</param>
/// <param name="Category">The category applied for.</param>
/// <param name="RequestedFiscalCny">Fiscal funding requested (the budget's fiscal total), CNY.</param>
public sealed record FundingCandidate(PanelScore Score, CategoryCode Category, decimal RequestedFiscalCny)
{
    /// <summary>The application.</summary>
    public string ProjectId => Score.ProjectId;
}
