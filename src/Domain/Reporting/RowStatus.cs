namespace XjKeji.Domain.Reporting;

/// <summary>Whether an indicator row reached its target.</summary>
public enum RowStatus
{
    /// <summary>Target met or exceeded (qualitative: tier 达成).</summary>
    Met = 1,

    /// <summary>Target missed; the row needs a deviation reason and measure.</summary>
    NotMet = 2,

    /// <summary>Target or actual unknown; scores nothing and is listed as a problem.</summary>
    NotScored = 3,
}
