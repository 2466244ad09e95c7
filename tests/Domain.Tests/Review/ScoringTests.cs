using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Tests.Review;

public class ScoringTests
{
    private static readonly ReviewPanelRule Panel = Regulations.Defaults.ReviewPanel;

    // One criterion per sheet total makes totals readable: with a single 100-weight criterion the total is the score.
    private static readonly ReviewCriteria Single = new([new("overall", new("总体", "Overall"), 100)]);

    private static ScoreSheet Sheet(string expert, decimal total, string project = "P-1") => new(project, expert, new Dictionary<string, decimal> { ["overall"] = total });

    private static ScoreSheet Default(string expert, decimal innovation, decimal feasibility, decimal team, decimal benefit, decimal budget) =>
        new("P-1", expert, new Dictionary<string, decimal> { ["innovation"] = innovation, ["feasibility"] = feasibility, ["team"] = team, ["expectedBenefit"] = benefit, ["budget"] = budget });

    [Fact]
    public void Default_criteria_are_the_five_named_ones_weighing_100()
    {
        Assert.Equal(["创新性", "可行性", "团队", "预期效益", "预算合理性"], ReviewCriteria.Default.Criteria.Select(c => c.Name.Zh));
        Assert.Equal(100, ReviewCriteria.Default.Criteria.Sum(c => c.Weight));
        Assert.True(ReviewCriteria.Default.Validate().IsValid);
    }

    [Fact]
    public void Criteria_problems_are_reported_together()
    {
        var bad = new ReviewCriteria([new("a", new("甲", "A"), 60), new("a", new("乙", "B"), 0), new("", new("丙", "C"), 39)]);
        Assert.Equal(["criteria[1].code", "criteria[1].weight", "criteria[2].code", "criteria"], bad.Validate().Problems.Select(p => p.Field));
        Assert.Equal("required", new ReviewCriteria([]).Validate().Problems.Single().Code);
    }

    [Fact]
    public void The_weighted_total_applies_each_weight()
    {
        // 80×25% + 90×25% + 70×20% + 60×20% + 100×10% = 20 + 22.5 + 14 + 12 + 10.
        Assert.Equal(78.5m, Default("E-1", 80, 90, 70, 60, 100).WeightedTotal(ReviewCriteria.Default));
    }

    [Fact]
    public void A_sheet_reports_every_missing_unknown_or_out_of_range_score()
    {
        var sheet = new ScoreSheet("P-1", "E-1", new Dictionary<string, decimal>
        {
            ["innovation"] = -1, ["feasibility"] = 100.01m, ["team"] = 50.001m, ["budget"] = 100, ["style"] = 5,
        });
        Assert.Equal(
            [("scores.innovation", "out-of-range"), ("scores.feasibility", "out-of-range"), ("scores.team", "out-of-range"), ("scores.expectedBenefit", "required"), ("scores.style", "unknown-criterion")],
            sheet.Validate(ReviewCriteria.Default).Problems.Select(p => (p.Field, p.Code)));
        Assert.True(Default("E-1", 0, 100, 0.5m, 99.99m, 0).Validate(ReviewCriteria.Default).IsValid);
    }

    [Fact]
    public void Five_sheets_drop_the_highest_and_lowest()
    {
        var score = PanelScoring.Compute("P-1", [Sheet("E-1", 95), Sheet("E-2", 80), Sheet("E-3", 71), Sheet("E-4", 60), Sheet("E-5", 10)], Single, Panel);
        // (80 + 71 + 60) / 3 = 70.333…; all five: 316 / 5.
        Assert.Equal(70.33m, score.Score);
        Assert.Equal(63.2m, score.UntrimmedMean);
        Assert.Equal(["E-1", "E-5"], score.DroppedExpertIds);
        Assert.Equal(5, score.SheetCount);
    }

    [Fact]
    public void Four_sheets_are_not_trimmed()
    {
        var score = PanelScoring.Compute("P-1", [Sheet("E-1", 95), Sheet("E-2", 80), Sheet("E-3", 71), Sheet("E-4", 10)], Single, Panel);
        Assert.Equal(64m, score.Score);
        Assert.Empty(score.DroppedExpertIds);
    }

    [Fact]
    public void Equal_extremes_drop_one_sheet_each_deterministically()
    {
        var score = PanelScoring.Compute("P-1", [Sheet("E-5", 80), Sheet("E-2", 80), Sheet("E-3", 70), Sheet("E-4", 60), Sheet("E-1", 60)], Single, Panel);
        Assert.Equal(70m, score.Score);
        Assert.Equal(["E-1", "E-2"], score.DroppedExpertIds);
    }

    [Fact]
    public void The_trim_threshold_is_configurable_but_never_trims_below_three_sheets()
    {
        var three = PanelScoring.Compute("P-1", [Sheet("E-1", 90), Sheet("E-2", 70), Sheet("E-3", 10)], Single, Panel with { TrimHighestAndLowestFrom = 3 });
        Assert.Equal(70m, three.Score);
        var two = PanelScoring.Compute("P-1", [Sheet("E-1", 90), Sheet("E-2", 70)], Single, Panel with { TrimHighestAndLowestFrom = 2 });
        Assert.Equal(80m, two.Score);
    }

    [Fact]
    public void Rounding_happens_once_at_the_end_half_away_from_zero()
    {
        var criteria = new ReviewCriteria([new("a", new("甲", "A"), 10), new("b", new("乙", "B"), 90)]);
        ScoreSheet S(string expert, decimal a) => new("P-1", expert, new Dictionary<string, decimal> { ["a"] = a, ["b"] = 70 });
        // Totals 70.004, 70.004, 70.007: mean 70.005 → 70.01. Rounding each total first would give 70.00; banker's rounding would too.
        var score = PanelScoring.Compute("P-1", [S("E-1", 70.04m), S("E-2", 70.04m), S("E-3", 70.07m)], criteria, Panel);
        Assert.Equal([70.004m, 70.004m, 70.007m], score.Sheets.Select(s => s.WeightedTotal));
        Assert.Equal(70.01m, score.Score);
    }

    [Fact]
    public void Sheets_must_be_valid_for_this_project_and_one_per_expert()
    {
        var ex = Assert.Throws<DomainValidationException>(() => PanelScoring.Compute("P-1",
            [Sheet("E-1", 80), Sheet("E-1", 70), Sheet("E-2", 60, project: "P-2"), Sheet("E-3", 101)], Single, Panel));
        Assert.Equal(["sheets[1].expertId", "sheets[2].projectId", "sheets[3].scores.overall"], ex.Problems.Select(p => p.Field));
        Assert.Equal("sheets", Assert.Throws<DomainValidationException>(() => PanelScoring.Compute("P-1", [], Single, Panel)).Problems.Single().Field);
    }
}
