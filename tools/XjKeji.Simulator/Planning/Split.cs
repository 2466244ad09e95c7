namespace XjKeji.Simulator.Planning;

/// <summary>Exact splitting of totals and rates: every part sums back to its total, every rate is a whole count.</summary>
public static class Split
{
    /// <summary>
    /// Splits <paramref name="total"/> into <paramref name="n"/> parts differing by at most one unit (1 when the total
    /// is whole, else 0.01); the remainder goes to the first parts.
    /// </summary>
    public static decimal[] Evenly(decimal total, int n)
    {
        if (n <= 0)
        {
            return [];
        }

        var unit = decimal.Truncate(total) == total ? 1m : 0.01m;
        var units = decimal.ToInt64(total / unit);
        var each = units / n;
        var rest = units % n;
        return [.. Enumerable.Range(0, n).Select(i => (each + (i < rest ? 1 : 0)) * unit)];
    }

    /// <summary>rate × n rounded half away from zero: the number of items a rate picks.</summary>
    public static int Count(double rate, int n) => (int)Math.Round(rate * n, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Assigns each of <paramref name="n"/> items a band: band i gets Count(share i) items (the last band what is left),
    /// in an order drawn from <paramref name="random"/>.
    /// </summary>
    public static int[] Bands(IReadOnlyList<double> shares, int n, Random random)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var band = new int[n];
        var next = 0;
        for (var b = 0; b < shares.Count; b++)
        {
            var take = b == shares.Count - 1 ? n - next : Math.Min(Count(shares[b], n), n - next);
            for (var k = 0; k < take; k++)
            {
                band[order[next++]] = b;
            }
        }

        return band;
    }
}
