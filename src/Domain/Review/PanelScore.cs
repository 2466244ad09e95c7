namespace XjKeji.Domain.Review;

/// <summary>One sheet's weighted total as used in a panel score, and whether trimming dropped it.</summary>
/// <param name="ExpertId">The expert.</param>
/// <param name="WeightedTotal">The sheet's weighted total, unrounded.</param>
/// <param name="Dropped">True when dropped as the panel's highest or lowest.</param>
public sealed record SheetTotal(string ExpertId, decimal WeightedTotal, bool Dropped);

/// <summary>An application's panel score (专家评审得分) and how it was reached.</summary>
/// <param name="ProjectId">The application.</param>
/// <param name="Sheets">Every sheet's total, in expert id order, with the dropped ones marked.</param>
/// <param name="Score">Mean of the kept totals, rounded to two decimals half away from zero: the published score.</param>
/// <param name="UntrimmedMean">Mean of all totals, rounded the same way; the first tie-break in ranking.</param>
public sealed record PanelScore(string ProjectId, IReadOnlyList<SheetTotal> Sheets, decimal Score, decimal UntrimmedMean)
{
    /// <summary>Number of sheets.</summary>
    public int SheetCount => Sheets.Count;

    /// <summary>The experts whose sheets were dropped (empty when the panel was too small to trim).</summary>
    public IReadOnlyList<string> DroppedExpertIds => [.. Sheets.Where(s => s.Dropped).Select(s => s.ExpertId)];
}
