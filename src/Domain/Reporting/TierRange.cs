namespace XjKeji.Domain.Reporting;

/// <summary>The share of a row's points, in percent, an officer may award within a qualitative tier (both ends included).</summary>
/// <param name="MinPercent">Lowest share allowed.</param>
/// <param name="MaxPercent">Highest share allowed.</param>
public sealed record TierRange(decimal MinPercent, decimal MaxPercent)
{
    /// <summary>True when <paramref name="percent"/> lies inside the range.</summary>
    public bool Contains(decimal percent) => percent >= MinPercent && percent <= MaxPercent;

    /// <inheritdoc />
    public override string ToString() => $"{MinPercent:0.##}–{MaxPercent:0.##}%";
}
