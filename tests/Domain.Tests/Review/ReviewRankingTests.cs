using XjKeji.Domain.Review;

namespace XjKeji.Domain.Tests.Review;

public class ReviewRankingTests
{
    private static PanelScore Score(string project, decimal score, decimal? untrimmed = null, int sheets = 5) =>
        new(project, [.. Enumerable.Range(1, sheets).Select(i => new SheetTotal($"E-{i}", score, false))], score, untrimmed ?? score);

    [Fact]
    public void Higher_scores_rank_first_and_ties_break_by_untrimmed_mean_sheets_then_id()
    {
        var ranked = ReviewRanking.Rank(
        [
            Score("P-d", 80m, untrimmed: 79m),
            Score("P-a", 85.5m),
            Score("P-c", 80m, untrimmed: 79m, sheets: 4),
            Score("P-b", 80m, untrimmed: 81m),
            Score("P-e", 80m, untrimmed: 79m),
            Score("P-f", 60m),
        ]);
        Assert.Equal(["P-a", "P-b", "P-d", "P-e", "P-c", "P-f"], ranked.Select(r => r.ProjectId));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranked.Select(r => r.Rank));
        Assert.Equal([false, true, true, true, true, false], ranked.Select(r => r.TiedOnScore));
    }

    [Fact]
    public void A_project_ranked_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ReviewRanking.Rank([Score("P-1", 1), Score("P-1", 2)]));
        Assert.Empty(ReviewRanking.Rank([]));
    }
}
