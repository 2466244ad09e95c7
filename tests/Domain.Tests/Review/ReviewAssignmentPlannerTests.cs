using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Tests.Review.ReviewSamples;

namespace XjKeji.Domain.Tests.Review;

public class ReviewAssignmentPlannerTests
{
    [Fact]
    public void Panel_size_comes_from_the_regulations_and_is_configurable()
    {
        Assert.Equal(5, new ReviewAssignmentPlanner(Regulations.Defaults.ReviewPanel).ExpertsPerApplication);
        var experts = Enumerable.Range(1, 8).Select(i => Expert($"E-{i}")).ToList();
        var plan = new ReviewAssignmentPlanner(Regulations.Defaults.ReviewPanel with { ExpertsPerApplication = 3 }).Plan([App("P-1")], experts, Context());
        Assert.Equal(3, plan.Panels.Single().Assignments.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReviewAssignmentPlanner(0));
    }

    [Fact]
    public void Field_match_comes_before_keyword_match_before_load()
    {
        var experts = new[]
        {
            Expert("E-a", load: 0),
            Expert("E-b", keywords: ["滴灌"], load: 3),
            Expert("E-c", fields: [ScoPriorityField.Agriculture], load: 9),
            Expert("E-d", fields: [ScoPriorityField.Agriculture], load: 4),
        };
        var plan = new ReviewAssignmentPlanner(3).Plan([App("P-1", field: ScoPriorityField.Agriculture, keywords: ["滴灌"])], experts, Context());
        Assert.Equal([("E-d", FieldMatch.Field), ("E-c", FieldMatch.Field), ("E-b", FieldMatch.Keyword)],
            plan.Panels[0].Assignments.Select(a => (a.ExpertId, a.Match)));
    }

    [Fact]
    public void Load_is_balanced_least_loaded_first_with_ties_by_id()
    {
        var experts = new[] { Expert("E-3"), Expert("E-1", load: 1), Expert("E-2"), Expert("E-4") };
        var plan = new ReviewAssignmentPlanner(2).Plan([App("P-1"), App("P-2")], experts, Context());
        Assert.Equal(["E-2", "E-3"], plan.Panels[0].ExpertIds);
        Assert.Equal(["E-4", "E-1"], plan.Panels[1].ExpertIds);
        Assert.Equal([("E-1", 2), ("E-2", 1), ("E-3", 1), ("E-4", 1)], plan.LoadAfter.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Excluded_experts_are_never_assigned_and_the_shortfall_says_why()
    {
        var experts = new[]
        {
            Expert("E-1"),
            Expert("E-2", available: false),
            Expert("E-3", institution: "INST-A"),
            Expert("E-4"),
            Expert("pi-1"),
            Expert("E-6", conflicts: [new(DeclaredConflictKind.Project, "P-1")]),
        };
        var plan = new ReviewAssignmentPlanner(5).Plan([App("P-1")], experts, Context([("E-4", "pi-1")], Ban("E-1", new DateOnly(2018, 1, 1))));
        var panel = plan.Panels.Single();
        Assert.Empty(panel.Assignments);
        var shortfall = Assert.IsType<PanelShortfall>(panel.Shortfall);
        Assert.Equal((5, 0, 5), (shortfall.Required, shortfall.Assigned, shortfall.Missing));
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.Unavailable]);
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.NoReviewerStatus]);
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.SameInstitution]);
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.TeamMember]);
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.CoAppliedBefore]);
        Assert.Equal(1, shortfall.ExcludedBy[ExclusionKind.DeclaredProject]);
        Assert.Contains("尚缺5名", shortfall.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("5 missing", shortfall.Message.En, StringComparison.Ordinal);
        Assert.False(plan.IsComplete);
        Assert.Same(shortfall, Assert.Single(plan.Shortfalls));
    }

    [Fact]
    public void A_short_panel_keeps_every_eligible_expert_and_other_panels_are_unaffected()
    {
        var experts = new[] { Expert("E-1"), Expert("E-2"), Expert("E-3", institution: "INST-B") };
        var plan = new ReviewAssignmentPlanner(3).Plan([App("P-1"), App("P-2", institution: "INST-B")], experts, Context());
        Assert.True(plan.Panels[0].IsComplete);
        Assert.Equal(["E-1", "E-2"], plan.Panels[1].ExpertIds);
        Assert.Equal(1, plan.Panels[1].Shortfall!.Missing);
    }

    [Fact]
    public void The_plan_does_not_depend_on_input_order()
    {
        var experts = Enumerable.Range(1, 9).Select(i => Expert($"E-{i}", institution: $"INST-{i % 3}", fields: i % 2 == 0 ? [ScoPriorityField.Energy] : [])).ToList();
        var apps = Enumerable.Range(1, 6).Select(i => App($"P-{i}", institution: $"INST-{i % 4}", field: ScoPriorityField.Energy)).ToList();
        var planner = new ReviewAssignmentPlanner(3);
        var a = planner.Plan(apps, experts, Context());
        var b = planner.Plan([.. Enumerable.Reverse(apps)], [.. Enumerable.Reverse(experts)], Context());
        Assert.Equal(apps.Select(x => x.ProjectId), a.Panels.Select(p => p.ProjectId));
        foreach (var panel in a.Panels)
        {
            Assert.Equal(panel.ExpertIds, b.Panels.Single(p => p.ProjectId == panel.ProjectId).ExpertIds);
        }
    }

    [Fact]
    public void Invalid_or_duplicate_inputs_are_reported_together()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new ReviewAssignmentPlanner(2).Plan(
            [App("P-1"), App("P-1"), App("", pi: "")],
            [Expert("E-1"), Expert("E-1"), Expert("E-2") with { Name = "" }],
            Context()));
        Assert.Equal(["experts[2].name", "experts", "applications[2]", "applications"], ex.Problems.Select(p => p.Field));
    }
}
