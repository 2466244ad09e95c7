namespace XjKeji.Bench;

/// <summary>Nearest-rank percentiles of a set of latencies.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percent"/>th percentile (nearest rank) of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100d * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
