namespace XjKeji.Domain.Reporting;

/// <summary>Rounding rules of the table: half away from zero (四舍五入), as Chinese fiscal tables round.</summary>
internal static class ReportNumbers
{
    /// <summary>Rounds points and scores to 0.01.</summary>
    public static decimal Points(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A percentage computed from counts, rounded to as many decimals as its target shows (none unless the target has
    /// them: "≥95%" gives 87.5% → 88%). The rounded value is the one shown and scored, so a reader can redo the score.
    /// </summary>
    public static decimal Percent(int part, int whole, decimal? target)
    {
        var decimals = target is null ? 0 : DecimalsOf(target.Value);
        return Math.Round(part * 100m / whole, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Significant decimals of a number, at most 2 (95 → 0, 95.5 → 1, 95.50 → 1).</summary>
    public static int DecimalsOf(decimal value)
    {
        for (var k = 0; k < 2; k++)
        {
            if (Math.Round(value, k) == value)
            {
                return k;
            }
        }

        return 2;
    }
}
