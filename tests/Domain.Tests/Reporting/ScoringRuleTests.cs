using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Tests.Reporting.ReportSamples;

namespace XjKeji.Domain.Tests.Reporting;

public class ScoringRuleTests
{
    private const ProgramCode Ax = ProgramCode.AidXinjiang;

    [Theory]
    [InlineData(100, PerformanceGrade.Excellent)]
    [InlineData(90, PerformanceGrade.Excellent)]
    [InlineData(89.99, PerformanceGrade.Good)]
    [InlineData(80, PerformanceGrade.Good)]
    [InlineData(79.99, PerformanceGrade.Fair)]
    [InlineData(60, PerformanceGrade.Fair)]
    [InlineData(59.99, PerformanceGrade.Poor)]
    [InlineData(0, PerformanceGrade.Poor)]
    public void Grade_boundaries_are_90_80_60(decimal total, PerformanceGrade grade) =>
        Assert.Equal(grade, SelfEvaluationSettings.Default.GradeOf(total));

    [Theory]
    [InlineData(QualitativeTier.Met, 80, true)]
    [InlineData(QualitativeTier.Met, 79, false)]
    [InlineData(QualitativeTier.PartlyMet, 60, true)]
    [InlineData(QualitativeTier.PartlyMet, 80, true)]
    [InlineData(QualitativeTier.PartlyMet, 81, false)]
    [InlineData(QualitativeTier.NotMet, 60, true)]
    [InlineData(QualitativeTier.NotMet, 61, false)]
    public void Officer_percent_must_lie_in_the_chosen_tier(QualitativeTier tier, decimal percent, bool valid)
    {
        var r = Compute(assessments: [new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), ["x"], tier, percent)]);
        var row = r.Row("INNOVATION-IMPACT");
        Assert.Equal(valid, !r.ProblemCodes().Contains("rows[INNOVATION-IMPACT].tierPercent:percent-outside-tier"));
        Assert.Equal(valid ? 10m * percent / 100 : 0m, row.Score);
    }

    [Fact]
    public void Qualitative_row_without_a_tier_scores_nothing_and_is_reported()
    {
        var r = Compute(assessments: [new("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), ["x"])]);
        Assert.Equal((RowStatus.NotScored, 0m), (r.Row("INNOVATION-IMPACT").Status, r.Row("INNOVATION-IMPACT").Score));
        Assert.Contains("rows[INNOVATION-IMPACT].tier:tier-missing", r.ProblemCodes());
    }

    [Fact]
    public void Reverse_indicator_with_nothing_spent_is_met_but_flagged()
    {
        // One funded project with nothing arranged this year against a 10万 target.
        var r = Compute(projects: [Project("P", CategoryCode.AidXinjiangA)], fundTargets: [Target("AX-FISCAL", 10)]);
        var row = r.Row("AX-FISCAL");
        Assert.Equal((RowStatus.Met, true, 12.50m), (row.Status, row.FarAboveTarget, row.Score));
    }

    [Fact]
    public void Far_above_threshold_is_configurable()
    {
        var projects = new[] { Project("P", CategoryCode.AidXinjiangA, values: [V("AX-TALENTS", 10, 14)]) };
        Assert.False(Compute(projects: projects).Row("AX-TALENTS").FarAboveTarget);
        var strict = SelfEvaluationSettings.Default with { FarAboveTargetRatio = 1.2m };
        Assert.True(Compute(projects: projects, settings: strict).Row("AX-TALENTS").FarAboveTarget);
    }

    [Fact]
    public void A_complete_explanation_silences_the_missed_target_problem_and_appears_on_the_row()
    {
        var projects = new[] { Project("P", CategoryCode.AidXinjiangA, values: [V("AX-TALENTS", 10, 5)]) };
        Assert.Contains("rows[AX-TALENTS].explanation:deviation-reason-missing", Compute(projects: projects).ProblemCodes());
        Assert.Contains("rows[AX-TALENTS].explanation:deviation-reason-missing",
            Compute(projects: projects, explanations: [new("AX-TALENTS", "人员流动", " ")]).ProblemCodes());

        var r = Compute(projects: projects, explanations: [Why("AX-TALENTS")]);
        Assert.DoesNotContain("rows[AX-TALENTS].explanation:deviation-reason-missing", r.ProblemCodes());
        Assert.Equal("原因：项目执行期跨年度，部分任务尚未完成；措施：加强中期检查，督促按期完成", r.Row("AX-TALENTS").Explanation!.Text);
    }

    [Fact]
    public void Missing_evidence_checks_targets_and_budgets_are_reported()
    {
        var bare = new ReportProject("P", CategoryCode.AidXinjiangA, false, XjKeji.Domain.Projects.ProjectStage.Execution, 0, 0, 0, 0, 0,
            [], [new IndicatorActual("AX-TALENTS", IndicatorValue.Of(3), [])], []);
        var r = new SelfEvaluationCalculator().Compute(new SelfEvaluationInput(2021, [bare], [], [], [], [], []), Ax);
        var codes = r.ProblemCodes();
        Assert.Contains("projects[P].actuals[AX-TALENTS]:evidence-missing", codes);
        Assert.Contains("projects[P].targets[AX-TALENTS]:project-target-missing", codes);
        Assert.Contains("projects[P].compliance[AX-PROCESS]:compliance-not-recorded", codes);
        Assert.Contains("budgets[AidXinjiang]:program-budget-missing", codes);
        Assert.Contains("rows[AX-PROJECTS].target:target-missing", codes);
        Assert.Contains("rows[AX-SATISFACTION].actual:survey-missing", codes);
        Assert.False(r.IsComplete);
    }

    [Theory]
    [InlineData(20, 20)]
    [InlineData(21, 1)]
    public void Past_twenty_projects_a_missing_actual_is_one_problem_that_counts_them_and_names_the_first_twenty(int projectCount, int problems)
    {
        var projects = Enumerable.Range(0, projectCount).Select(i => Project($"P{i:D2}", CategoryCode.AidXinjiangA, values: [V("AX-TALENTS", 2, null)])).ToList();

        var missing = Compute(projects: projects).Problems.Where(p => p.Code == "project-actual-missing" && p.Field.Contains("AX-TALENTS", StringComparison.Ordinal)).ToList();

        Assert.Equal(problems, missing.Count);
        if (problems == 1)
        {
            var grouped = missing[0];
            Assert.Equal("rows[AX-TALENTS].projects.actuals", grouped.Field);
            Assert.Equal($"21个项目未填报“援疆人才数量”的实际完成值，包括：{string.Join("、", projects.Take(20).Select(p => p.Id))}等", grouped.Message.Zh);
            Assert.StartsWith("21 projects have not reported 'AidXinjiang talents', among them P00, P01,", grouped.Message.En, StringComparison.Ordinal);
            Assert.DoesNotContain("P20", grouped.Message.Zh, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(projects.Select(p => $"projects[{p.Id}].actuals[AX-TALENTS]"), missing.Select(p => p.Field));
            Assert.Equal("项目P00未填报“援疆人才数量”的实际完成值", missing[0].Message.Zh);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(150)]
    public void A_row_counts_all_its_evidence_and_lists_the_first_hundred_in_project_order(int projectCount)
    {
        var projects = Enumerable.Range(0, projectCount).Select(i => Project($"P{i:D3}", CategoryCode.AidXinjiangA, checks: [("AX-FUND-USE", true)])).ToList();

        var row = Compute(projects: projects).Row("AX-FUND-USE");

        Assert.Equal(projectCount, row.EvidenceCount);
        Assert.Equal(projects.Take(IndicatorRow.EvidenceListed).Select(p => $"chk-{p.Id}-AX-FUND-USE"), row.EvidenceIds);
    }

    [Fact]
    public void Fund_target_replaces_the_sum_of_project_targets()
    {
        var projects = new[] { Project("P", CategoryCode.AidXinjiangA, values: [V("AX-TALENTS", 10, 10)]) };
        var row = Compute(projects: projects, fundTargets: [Target("AX-TALENTS", 20)]).Row("AX-TALENTS");
        Assert.Equal(("20名", RowStatus.NotMet), (row.TargetText, row.Status));
    }

    [Fact]
    public void Carried_over_projects_count_in_indicators_only_when_configured()
    {
        var projects = new[]
        {
            Project("N", CategoryCode.AidXinjiangA, values: [V("AX-TALENTS", 2, 2)]),
            Project("C", CategoryCode.AidXinjiangA, carriedOver: true, values: [V("AX-TALENTS", 3, 3)]),
        };
        Assert.Equal("2名", Compute(projects: projects).Row("AX-TALENTS").ActualText);
        Assert.Equal("5名", Compute(projects: projects, settings: SelfEvaluationSettings.Default with { CountCarriedOverInIndicators = true }).Row("AX-TALENTS").ActualText);
    }

    [Fact]
    public void Percentages_keep_the_targets_decimals()
    {
        // 2 of 3 = 66.666…%: "95.5%" has one decimal, so 66.7%.
        var survey = Answers("AX-SATISFACTION", RespondentKind.Applicant, 2, 1).ToList();
        Assert.Equal("66.7%", Compute(survey: survey, fundTargets: [Target("AX-SATISFACTION", 95.5m)]).Row("AX-SATISFACTION").ActualText);
        Assert.Equal("67%", Compute(survey: survey, fundTargets: [Target("AX-SATISFACTION", 95)]).Row("AX-SATISFACTION").ActualText);
    }

    [Fact]
    public void Inconsistent_settings_are_refused()
    {
        Assert.Throws<DomainValidationException>(() => new SelfEvaluationCalculator(SelfEvaluationSettings.Default with { BudgetExecutionPoints = 20 }));
        Assert.Throws<DomainValidationException>(() => new SelfEvaluationCalculator(SelfEvaluationSettings.Default with { FarAboveTargetRatio = 1 }));
        Assert.Throws<DomainValidationException>(() => new SelfEvaluationCalculator(SelfEvaluationSettings.Default with { GoodFrom = 95 }));
        Assert.Throws<DomainValidationException>(() => new SelfEvaluationCalculator(SelfEvaluationSettings.Default with
        {
            TierRanges = new Dictionary<QualitativeTier, TierRange> { [QualitativeTier.Met] = new(80, 100) },
        }));
    }

    [Fact]
    public void Fixed_points_that_do_not_fit_their_parent_are_refused()
    {
        var tooMuch = SelfEvaluationSettings.Default with { IndicatorPoints = new Dictionary<string, decimal> { ["AX-POLICY-PUBLICITY"] = 11 } };
        var ex = Assert.Throws<DomainValidationException>(() => Compute(settings: tooMuch));
        Assert.Equal("children-exceed-parent", ex.Problems.Single().Code);

        // AX-SATISFACTION is the only satisfaction row: fixing it at 8 leaves 2 points nobody can hold.
        var tooLittle = SelfEvaluationSettings.Default with { IndicatorPoints = new Dictionary<string, decimal> { ["AX-SATISFACTION"] = 8 } };
        Assert.Equal("children-do-not-add-up", Assert.Throws<DomainValidationException>(() => Compute(settings: tooLittle)).Problems.Single().Code);
    }

    private static SelfEvaluationReport Compute(
        IReadOnlyList<ReportProject>? projects = null,
        IReadOnlyList<IndicatorTarget>? fundTargets = null,
        IReadOnlyList<OfficerAssessment>? assessments = null,
        IReadOnlyList<SurveyResponse>? survey = null,
        IReadOnlyList<DeviationExplanation>? explanations = null,
        SelfEvaluationSettings? settings = null) =>
        new SelfEvaluationCalculator(settings).Compute(
            new SelfEvaluationInput(2021, projects ?? [], [new ProgramBudget(Ax, 0, 0)], fundTargets ?? [], assessments ?? [], survey ?? [], explanations ?? []), Ax);
}
