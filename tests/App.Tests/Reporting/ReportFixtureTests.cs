using XjKeji.Domain.Reporting;

namespace XjKeji.App.Tests.Reporting;

/// <summary>The writers' fixture, worked out by hand, so the writer tests can check hand-known figures.</summary>
public class ReportFixtureTests
{
    [Fact]
    public void Fixture_scores_as_worked_out_by_hand()
    {
        var r = ReportFixture.Build();

        // Budget 200万, executed 50 + 40 + 90 = 180万: 10 × 0.9 = 9.00.
        // Quantity (14 rows, 0.90 × 4 then 0.89): 0.90 + 0.45 (50%) + 0.90 + 0.90 + 0.89 + 0.80 (0.89 × 0.9) + 0.89 + 0.89 + 0.89 + 0.89
        //   + 0.71 (0.89 × 0.8) + 0.89 + 0.89 + 0.67 (0.89 × 0.75) = 11.56; cost, quality, timeliness met: 37.50 → outputs 49.06.
        // Effects: economic 10 × 0.8 = 8.00, social 5 + 5, sustainability 10 × 90% = 9.00 → 27.00.
        // Satisfaction: 20 of 21 = 95.2% → 95% meets ≥95%; 5 of 5 meets 96%: 10.
        // 9.00 + 49.06 + 27.00 + 10 = 95.06.
        Assert.Equal(9.00m, r.Funds.Score);
        Assert.Equal(95.06m, r.TotalScore);
        Assert.Equal(PerformanceGrade.Excellent, r.Grade);
        Assert.Equal(["rows[SCO-JOBS].actual:far-above-target"], r.Problems.Select(p => $"{p.Field}:{p.Code}"));
    }
}
