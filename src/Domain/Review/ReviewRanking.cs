namespace XjKeji.Domain.Review;

/// <summary>An application's place in a ranking.</summary>
/// <param name="Rank">1 for the best; every rank is distinct.</param>
/// <param name="Score">The panel score ranked.</param>
/// <param name="TiedOnScore">True when another application has the same published score, so a tie-break decided the order (worth a look by the officer).</param>
public sealed record RankedApplication(int Rank, PanelScore Score, bool TiedOnScore)
{
    /// <summary>The application.</summary>
    public string ProjectId => Score.ProjectId;
}

/// <summary>
/// Ranks panel scores (按专家评分高低排序). Order: published score (descending), then the untrimmed mean (descending: the
/// dropped sheets still say something), then more sheets (descending: better-supported), then project id (ordinal), so
/// ranks are total and reproducible.
/// </summary>
public static class ReviewRanking
{
    /// <summary>Ranks the scores.</summary>
    /// <exception cref="ArgumentException">A project appears twice.</exception>
    public static IReadOnlyList<RankedApplication> Rank(IEnumerable<PanelScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        if (list.GroupBy(s => s.ProjectId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } dup)
        {
            throw new ArgumentException($"Project '{dup.Key}' is ranked twice.", nameof(scores));
        }

        var tied = list.GroupBy(s => s.Score).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return [.. list
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.UntrimmedMean)
            .ThenByDescending(s => s.SheetCount)
            .ThenBy(s => s.ProjectId, StringComparer.Ordinal)
            .Select((s, i) => new RankedApplication(i + 1, s, tied.Contains(s.Score)))];
    }
}
