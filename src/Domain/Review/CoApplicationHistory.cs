namespace XjKeji.Domain.Review;

/// <summary>
/// Who applied together before: pairs of (expert id, person id) that appeared on the same earlier application. An expert
/// who co-applied with someone on an application must not review it.
/// </summary>
public sealed class CoApplicationHistory
{
    private readonly HashSet<(string ExpertId, string PersonId)> _pairs;

    /// <summary>Builds the history from its pairs (order irrelevant, repeats harmless).</summary>
    public CoApplicationHistory(IEnumerable<(string ExpertId, string PersonId)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [.. pairs];
    }

    /// <summary>No history.</summary>
    public static CoApplicationHistory Empty { get; } = new([]);

    /// <summary>True when the expert co-applied with the person before.</summary>
    public bool HaveCoApplied(string expertId, string personId) => _pairs.Contains((expertId, personId));
}
