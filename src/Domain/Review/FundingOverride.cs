namespace XjKeji.Domain.Review;

/// <summary>What an officer's override does to one application's funding.</summary>
public enum FundingOverrideAction
{
    /// <summary>Fund even below the minimum panel score (the envelope and amount rules still apply); may carry an amount.</summary>
    Include = 1,

    /// <summary>Do not fund, whatever the rank.</summary>
    Exclude = 2,

    /// <summary>Fund at a set amount instead of the request (核定金额), within the category range and not above the request.</summary>
    SetAmount = 3,
}

/// <summary>An officer's override of the proposed funding, with its mandatory recorded reason.</summary>
/// <param name="ProjectId">The application.</param>
/// <param name="Action">What the override does.</param>
/// <param name="AmountCny">The amount for <see cref="FundingOverrideAction.SetAmount"/> (required) or <see cref="FundingOverrideAction.Include"/> (optional).</param>
/// <param name="OfficerId">Who decided.</param>
/// <param name="Reason">Why (mandatory; shown on the proposed list).</param>
public sealed record FundingOverride(string ProjectId, FundingOverrideAction Action, decimal? AmountCny, string OfficerId, string Reason);

/// <summary>Options of one allocation run.</summary>
/// <param name="MinimumPanelScore">Applications whose published panel score is below this are not funded (unless included by an officer); null for no threshold.</param>
/// <param name="Overrides">Officer overrides, at most one per application.</param>
public sealed record FundingOptions(decimal? MinimumPanelScore = null, IReadOnlyList<FundingOverride>? Overrides = null)
{
    /// <summary>No threshold, no overrides.</summary>
    public static FundingOptions None { get; } = new();
}
