using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using static XjKeji.Domain.Tests.Reporting.ReportSamples;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>
/// A small SCO year (2022) with configured weights, over-execution, a terminated project, a missing project actual and
/// a missing officer assessment; every figure worked out by hand below.
/// </summary>
public class HandComputedScoYearTests
{
    private const ProgramCode Sco = ProgramCode.ScoPartnership;

    /// <summary>Quantity fixed at 30 of the outputs' 50 (cost and timeliness share 20: 10 each); SCO-PROJECTS fixed at 9 (the other 6 quantity rows share 21: 3.50 each).</summary>
    private static readonly SelfEvaluationSettings Weights = SelfEvaluationSettings.Default with
    {
        DimensionPoints = new Dictionary<IndicatorDimension, decimal> { [IndicatorDimension.Quantity] = 30m },
        IndicatorPoints = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["SCO-PROJECTS"] = 9m },
    };

    private static SelfEvaluationInput Input()
    {
        var s1 = Project("S1", CategoryCode.ScoKey, stage: ProjectStage.Closed, allocated: 1_500_000, executed: 1_500_000, approved: 1_500_000, leveraged: 3_000_000,
            values: [V("SCO-JOBS", 50, 60), ("SCO-DEMO-BASE", IndicatorValue.AtLeast(1), IndicatorValue.AtLeast(1.2m)), V("SCO-EXTENSION", 5, 5),
                V("SCO-TRAINED", 20, 30), V("SCO-PROFIT-TAX", 100, 40), V("SCO-EXPORT", 200, 500)],
            checks: [("PUBLICITY-TIMELINESS", true)]);

        // Terminated after approval: it was funded, so it counts; it never reported its demonstration base.
        var s2 = Project("S2", CategoryCode.ScoGeneral, stage: ProjectStage.Terminated, allocated: 300_000, executed: 100_000, approved: 300_000,
            values: [V("SCO-JOBS", 10, 0), V("SCO-DEMO-BASE", 0.5m, null), V("SCO-EXTENSION", 1, 1), V("SCO-TRAINED", 10, 0), V("SCO-PROFIT-TAX", 0, 0), V("SCO-EXPORT", 0, 0)],
            checks: [("PUBLICITY-TIMELINESS", true)]);
        var s3 = Project("S3", CategoryCode.ScoGeneral, carriedOver: true, allocated: 200_000, executed: 450_000, approved: 400_000, leveraged: 500_000);

        return new SelfEvaluationInput(
            2022, [s1, s2, s3],
            [new ProgramBudget(Sco, 2_000_000, 1_900_000)],
            [Target("SCO-PROJECTS", 2), Target("PUBLICITY-TIMELINESS", 100), Target("SCO-SOCIAL", 96), new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期")), Target("SCO-SATISFACTION", 96)],
            [new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), ["impact-1"], QualitativeTier.Met, 100)],
            [.. Answers("SCO-SATISFACTION", RespondentKind.ProjectSite, 3, 1)],
            [Why("SCO-FISCAL"), Why("SCO-DEMO-BASE"), Why("SCO-PROFIT-TAX"), Why("SCO-SATISFACTION")]);
    }

    private static SelfEvaluationReport Report() => new SelfEvaluationCalculator(Weights).Compute(Input(), Sco);

    [Fact]
    public void Over_execution_is_shown_but_scores_no_more_than_the_points()
    {
        var r = Report();

        // Executed 150 + 10 + 45 = 205万 of a 190万 budget: 107.89%, score capped at 10.
        Assert.Equal(2_050_000m, r.Funds.Total.ExecutedCny);
        Assert.Equal(1_900_000m, r.Funds.Total.FullYearBudgetCny);
        Assert.Equal(2_000_000m, r.Funds.Total.InitialBudgetCny);
        Assert.Equal(10.00m, r.Funds.Score);
        Assert.Equal(107.89m, Math.Round(r.Funds.Total.ExecutionRate!.Value * 100, 2));

        Assert.Equal((1, 1_500_000m, 1_500_000m, 3_000_000m), Figures(r.Line(FundLineKind.Category, Sco, CategoryCode.ScoKey)));
        Assert.Equal((2, 500_000m, 550_000m, 500_000m), Figures(r.Line(FundLineKind.Category, Sco, CategoryCode.ScoGeneral)));
        Assert.Equal((1, 200_000m, 450_000m, 500_000m), Figures(r.Line(FundLineKind.CarriedOverProjects, Sco)));
        Assert.Equal((2, 1_800_000m, 1_600_000m, 3_000_000m), Figures(r.Line(FundLineKind.NewProjects, Sco)));
        Assert.Equal(3_500_000m, r.Funds.Total.LeveragedCny);
        Assert.Equal(new NewProjectInvestment(2, 1_800_000m, 0m, 3_000_000m), r.Funds.NewProjects);
    }

    public static TheoryData<string, string, string, decimal, decimal, RowStatus> ExpectedRows() => new()
    {
        // reverse: 150 + 30 + 20 = 200万 arranged over a 190万 budget: 10 × 190/200 = 9.50
        { "SCO-FISCAL", "190万元", "200万元", 10m, 9.50m, RowStatus.NotMet },
        // the terminated project was approved and counts
        { "SCO-PROJECTS", "2项", "2项", 9m, 9m, RowStatus.Met },
        { "SCO-JOBS", "60人次", "60人次", 3.50m, 3.50m, RowStatus.Met },
        // S2's missing actual adds nothing: 1.2 of at least 1.5: 3.50 × 0.8 = 2.80
        { "SCO-DEMO-BASE", "1.5万亩以上", "1.2万亩以上", 3.50m, 2.80m, RowStatus.NotMet },
        { "SCO-EXTENSION", "6万亩", "6万亩", 3.50m, 3.50m, RowStatus.Met },
        { "SCO-TRAINED", "30人", "30人", 3.50m, 3.50m, RowStatus.Met },
        // 40 of 100: 3.50 × 0.4 = 1.40
        { "SCO-PROFIT-TAX", "100万元", "40万元", 3.50m, 1.40m, RowStatus.NotMet },
        // 500 of 200 = 250%: full points, flagged
        { "SCO-EXPORT", "200万美元", "500万美元", 3.50m, 3.50m, RowStatus.Met },
        { "PUBLICITY-TIMELINESS", "100%", "100%", 10m, 10m, RowStatus.Met },
        // no officer assessment recorded: not scored
        { "SCO-SOCIAL", "96%", "", 15m, 0m, RowStatus.NotScored },
        { "INNOVATION-IMPACT", "中长期", "中长期", 15m, 15m, RowStatus.Met },
        // 3 of 4 = 75%: 10 × 75/96 = 7.8125 → 7.81
        { "SCO-SATISFACTION", "96%", "75%", 10m, 7.81m, RowStatus.NotMet },
    };

    [Theory]
    [MemberData(nameof(ExpectedRows))]
    public void Every_row_matches_the_hand_computation(string code, string target, string actual, decimal points, decimal score, RowStatus status)
    {
        var row = Report().Row(code);
        Assert.Equal((target, actual, points, score, status), (row.TargetText, row.ActualText, row.Points, row.Score, row.Status));
    }

    [Fact]
    public void Total_falls_to_fair()
    {
        var r = Report();

        // 10 budget + 9.50 + 9 + 3.50 + 2.80 + 3.50 + 3.50 + 1.40 + 3.50 + 10 + 0 + 15 + 7.81 (= 69.51) = 79.51: below 80, so 中.
        Assert.Equal(100m, r.TotalPoints);
        Assert.Equal(79.51m, r.TotalScore);
        Assert.Equal(PerformanceGrade.Fair, r.Grade);
    }

    [Fact]
    public void Missing_data_and_the_far_exceeded_row_are_reported() =>
        Assert.Equal(
            ["projects[S2].actuals[SCO-DEMO-BASE]:project-actual-missing", "rows[SCO-EXPORT].actual:far-above-target", "rows[SCO-SOCIAL].actual:assessment-missing"],
            Report().ProblemCodes());

    [Fact]
    public void Default_weights_split_outputs_over_three_groups_to_the_fen()
    {
        var r = new SelfEvaluationCalculator().Compute(Input(), Sco);

        // 5000 分 over cost, quantity, timeliness: 1667, 1667, 1666 (earlier groups take the remainder); 7 quantity rows share 16.67 as 2.39 + 6 × 2.38.
        Assert.Equal(16.67m, r.Row("SCO-FISCAL").Points);
        Assert.Equal(16.66m, r.Row("PUBLICITY-TIMELINESS").Points);
        Assert.Equal(2.39m, r.Row("SCO-PROJECTS").Points);
        Assert.Equal(2.38m, r.Row("SCO-EXPORT").Points);
        Assert.Equal(100m, r.TotalPoints);
    }

    private static (int, decimal, decimal, decimal) Figures(FundLine line) => (line.ProjectCount, line.FullYearBudgetCny, line.ExecutedCny, line.LeveragedCny);
}
