using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using static XjKeji.Domain.Tests.Reporting.ReportSamples;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>
/// A small AidXinjiang year (2021) whose every figure is worked out by hand below, from REGULATIONS.md:
/// budget 100万, executed 90万; 15 rows in scope; several targets missed, one reverse indicator over budget.
/// </summary>
public class HandComputedAidYearTests
{
    private const ProgramCode Ax = ProgramCode.AidXinjiang;

    private static SelfEvaluationInput Input()
    {
        var p1 = Project("P1", CategoryCode.AidXinjiangA, allocated: 500_000, executed: 450_000, approved: 800_000, selfRaised: 1_000_000,
            values: [V("AX-TALENTS", 4, 5), V("AX-TRANSFERS", 1, 0), V("AX-PLATFORMS", 0, 1), V("AX-IP", 2, 4), V("AX-TRAINED", 10, 8), V("AX-OUTPUT-VALUE", 50, 50), V("AX-ECONOMIC", 30, 45)],
            checks: [("AX-PROCESS", true), ("AX-FUND-USE", true), ("PUBLICITY-TIMELINESS", true)]);
        var p2 = Project("P2", CategoryCode.AidXinjiangB, allocated: 200_000, executed: 200_000, approved: 400_000, selfRaised: 100_000,
            values: [V("AX-TALENTS", 2, 2), V("AX-TRANSFERS", 1, 1), V("AX-PLATFORMS", 0, 0), V("AX-IP", 1, 1), V("AX-TRAINED", 10, 10),
                ("AX-OUTPUT-VALUE", IndicatorValue.AtLeast(20), IndicatorValue.Of(25)), V("AX-ECONOMIC", 10, 10)],
            checks: [("AX-PROCESS", true), ("AX-FUND-USE", false), ("PUBLICITY-TIMELINESS", true)]);

        // Carried over: counts in the funds block only, so it needs no targets or checks.
        var p3 = Project("P3", CategoryCode.AidXinjiangC, carriedOver: true, allocated: 300_000, executed: 250_000, approved: 400_000);

        // Not funded: must not count anywhere, even though money is written on it.
        var p4 = Project("P4", CategoryCode.AidXinjiangA, stage: ProjectStage.Rejected, allocated: 800_000, executed: 800_000, approved: 800_000);

        return new SelfEvaluationInput(
            2021, [p1, p2, p3, p4],
            [new ProgramBudget(Ax, 1_100_000, 1_000_000)],
            [Target("AX-PROJECTS", 3), Target("AX-FISCAL", 80), Target("AX-PROCESS", 100), Target("AX-FUND-USE", 100), Target("PUBLICITY-TIMELINESS", 100),
                Target("AX-POLICY-PUBLICITY", 100), new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期")), new("AX-SATISFACTION", IndicatorValue.AtLeast(95))],
            [new("AX-POLICY-PUBLICITY", IndicatorValue.Of(90), ["media-1"]),
                new("INNOVATION-IMPACT", IndicatorValue.Qualitative("初步显现"), ["impact-1"], QualitativeTier.PartlyMet, 70)],
            [.. Answers("AX-SATISFACTION", RespondentKind.Applicant, 4, 1), .. Answers("AX-SATISFACTION", RespondentKind.Institution, 3, 0)],
            [Why("AX-PROJECTS"), Why("AX-TRAINED"), Why("AX-FISCAL"), Why("AX-FUND-USE"), Why("AX-POLICY-PUBLICITY"), Why("INNOVATION-IMPACT"), Why("AX-SATISFACTION")]);
    }

    private static SelfEvaluationReport Report() => new SelfEvaluationCalculator().Compute(Input(), Ax);

    [Fact]
    public void Funds_block_adds_up_funded_projects_by_category_and_age()
    {
        var r = Report();

        // Budget 100万 (initial 110万); executed 45 + 20 + 25 = 90万; P4 was never funded.
        Assert.Equal(1_100_000m, r.Funds.Total.InitialBudgetCny);
        Assert.Equal(1_000_000m, r.Funds.Total.FullYearBudgetCny);
        Assert.Equal(900_000m, r.Funds.Total.ExecutedCny);
        Assert.Equal(0.9m, r.Funds.Total.ExecutionRate);
        Assert.Equal(3, r.Funds.Total.ProjectCount);

        // 10 × min(0.9, 1) = 9.00.
        Assert.Equal(10m, r.Funds.Points);
        Assert.Equal(9.00m, r.Funds.Score);

        Assert.Equal((1, 500_000m, 450_000m), Figures(r.Line(FundLineKind.Category, Ax, CategoryCode.AidXinjiangA)));
        Assert.Equal((1, 200_000m, 200_000m), Figures(r.Line(FundLineKind.Category, Ax, CategoryCode.AidXinjiangB)));
        Assert.Equal((1, 300_000m, 250_000m), Figures(r.Line(FundLineKind.Category, Ax, CategoryCode.AidXinjiangC)));
        Assert.Equal((1, 300_000m, 250_000m), Figures(r.Line(FundLineKind.CarriedOverProjects, Ax)));
        Assert.Equal((2, 700_000m, 650_000m), Figures(r.Line(FundLineKind.NewProjects, Ax)));
        Assert.Null(r.Line(FundLineKind.Category, Ax, CategoryCode.AidXinjiangA).InitialBudgetCny);

        // New projects plan 80 + 40 = 120万 fiscal plus 100 + 10 = 110万 self-raised = 230万.
        Assert.Equal(new NewProjectInvestment(2, 1_200_000m, 1_100_000m, 0m), r.Funds.NewProjects);
        Assert.Equal(2_300_000m, r.Funds.NewProjects.TotalCny);
    }

    /// <summary>
    /// Points: outputs 50 over 4 second-level groups = 12.50 each; the 7 quantity rows share 1250 分 as 4 × 1.79 + 3 × 1.78;
    /// quality 2 × 6.25; effects 30 over 3 groups = 10 each; satisfaction 10.
    /// </summary>
    public static TheoryData<string, string, string, decimal, decimal, RowStatus> ExpectedRows() => new()
    {
        // count of new funded projects 2 of 3: 1.79 × 2/3 = 1.1933 → 1.19
        { "AX-PROJECTS", "3项", "2项", 1.79m, 1.19m, RowStatus.NotMet },
        // 4 + 2 = 6 targeted, 5 + 2 = 7 achieved
        { "AX-TALENTS", "6名", "7名", 1.79m, 1.79m, RowStatus.Met },
        // 1 of 2: 1.79 × 0.5 = 0.895 → 0.90 (half away from zero)
        { "AX-TRANSFERS", "2项", "1项", 1.79m, 0.90m, RowStatus.NotMet },
        // target 0: anything meets it
        { "AX-PLATFORMS", "0个", "1个", 1.79m, 1.79m, RowStatus.Met },
        // 5 of 3 = 167%: full points, flagged
        { "AX-IP", "3个", "5个", 1.78m, 1.78m, RowStatus.Met },
        // 18 of 20: 1.78 × 0.9 = 1.602 → 1.60
        { "AX-TRAINED", "20名", "18名", 1.78m, 1.60m, RowStatus.NotMet },
        // 50 + "at least 20" is "at least 70"; 50 + 25 = 75
        { "AX-OUTPUT-VALUE", "70万元以上", "75万元", 1.78m, 1.78m, RowStatus.Met },
        // reverse: 50 + 20 + 30 = 100万 arranged against a ceiling of 80万: 12.50 × 80/100 = 10.00
        { "AX-FISCAL", "80万元", "100万元", 12.50m, 10.00m, RowStatus.NotMet },
        { "AX-PROCESS", "100%", "100%", 6.25m, 6.25m, RowStatus.Met },
        // 1 of 2 projects: 50%; 6.25 × 0.5 = 3.125 → 3.13
        { "AX-FUND-USE", "100%", "50%", 6.25m, 3.13m, RowStatus.NotMet },
        // the carried-over project needs no publicity check
        { "PUBLICITY-TIMELINESS", "100%", "100%", 12.50m, 12.50m, RowStatus.Met },
        { "AX-ECONOMIC", "40万元", "55万元", 10m, 10m, RowStatus.Met },
        // officer's 90 of 100: 10 × 0.9
        { "AX-POLICY-PUBLICITY", "100%", "90%", 10m, 9.00m, RowStatus.NotMet },
        // partly met, 70% of 10
        { "INNOVATION-IMPACT", "中长期", "初步显现", 10m, 7.00m, RowStatus.NotMet },
        // 7 of 8 = 87.5% → 88%; 10 × 88/95 = 9.263 → 9.26
        { "AX-SATISFACTION", "≥95%", "88%", 10m, 9.26m, RowStatus.NotMet },
    };

    [Theory]
    [MemberData(nameof(ExpectedRows))]
    public void Every_row_matches_the_hand_computation(string code, string target, string actual, decimal points, decimal score, RowStatus status)
    {
        var row = Report().Row(code);
        Assert.Equal((target, actual, points, score, status), (row.TargetText, row.ActualText, row.Points, row.Score, row.Status));
    }

    [Fact]
    public void Only_the_programs_rows_are_in_scope_in_catalog_order() =>
        Assert.Equal(ExpectedRows().Select(r => (string)r[0]), Report().Rows.Select(r => r.Indicator.Code));

    [Fact]
    public void Total_and_grade()
    {
        var r = Report();

        // 9.00 budget + rows 1.19 + 1.79 + 0.90 + 1.79 + 1.78 + 1.60 + 1.78 + 10.00 + 6.25 + 3.13 + 12.50 + 10 + 9.00 + 7.00 + 9.26 (= 77.97) = 86.97.
        Assert.Equal(100m, r.TotalPoints);
        Assert.Equal(86.97m, r.TotalScore);
        Assert.Equal(PerformanceGrade.Good, r.Grade);
    }

    [Fact]
    public void Missed_row_without_reason_and_far_exceeded_row_are_the_only_problems() =>
        Assert.Equal(["rows[AX-IP].actual:far-above-target", "rows[AX-TRANSFERS].explanation:deviation-reason-missing"], Report().ProblemCodes());

    [Fact]
    public void Rows_carry_deviation_achievement_evidence_and_survey_counts()
    {
        var r = Report();
        var trained = r.Row("AX-TRAINED");
        Assert.Equal(-2m, trained.Deviation);
        Assert.Equal(0.9m, trained.Achievement);
        Assert.Equal(["ev-P1-AX-TRAINED", "ev-P2-AX-TRAINED"], trained.EvidenceIds);
        Assert.Equal(2, trained.ProjectCount);
        Assert.NotNull(trained.Explanation);

        Assert.True(r.Row("AX-IP").FarAboveTarget);
        Assert.False(r.Row("AX-TALENTS").FarAboveTarget);
        Assert.Equal(0.8m, r.Row("AX-FISCAL").Achievement);
        Assert.Equal(["chk-P1-AX-FUND-USE", "chk-P2-AX-FUND-USE"], r.Row("AX-FUND-USE").EvidenceIds);
        Assert.Equal(["media-1"], r.Row("AX-POLICY-PUBLICITY").EvidenceIds);

        var survey = r.Row("AX-SATISFACTION").Survey!;
        Assert.Equal((8, 7), (survey.Responses, survey.Satisfied));
        Assert.Equal([new SurveyKindTally(RespondentKind.Applicant, 5, 4), new SurveyKindTally(RespondentKind.Institution, 3, 3)], survey.ByKind);

        var impact = r.Row("INNOVATION-IMPACT");
        Assert.Equal((QualitativeTier.PartlyMet, 70m), (impact.Tier, impact.TierPercent));
    }

    private static (int, decimal, decimal) Figures(FundLine line) => (line.ProjectCount, line.FullYearBudgetCny, line.ExecutedCny);
}
