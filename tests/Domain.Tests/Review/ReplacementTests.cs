using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Tests.Review.ReviewSamples;

namespace XjKeji.Domain.Tests.Review;

public class ReplacementTests
{
    private static readonly ReviewAssignmentPlanner Planner = new(3);
    private static readonly ReviewApplication Application = App("P-1", field: ScoPriorityField.Energy);

    private static ExpertDecline Decline(string expertId, string reason = "出差无法参加评审") => new("P-1", expertId, reason, Now);

    [Fact]
    public void The_replacement_follows_the_same_rules_excluding_panel_and_earlier_decliners()
    {
        var experts = new[]
        {
            Expert("E-1"), Expert("E-2"), Expert("E-3"),
            Expert("E-4", fields: [ScoPriorityField.Energy], load: 5),
            Expert("E-5", fields: [ScoPriorityField.Energy], load: 1),
            Expert("E-6", load: 0),
            Expert("E-7", institution: "INST-A", fields: [ScoPriorityField.Energy]),
        };
        var result = Planner.Replace(Application, ["E-1", "E-2", "E-3"], Decline("E-2"), [Decline("E-5")], experts, Context());
        Assert.Equal(new ReviewAssignment("P-1", "E-4", FieldMatch.Field), result.Replacement);
        Assert.Null(result.Shortfall);

        var again = Planner.Replace(Application, ["E-1", "E-4", "E-3"], Decline("E-4"), [Decline("E-5"), Decline("E-2")], experts, Context());
        Assert.Equal("E-6", again.Replacement!.ExpertId);
    }

    [Fact]
    public void No_one_left_is_a_shortfall_not_an_exception()
    {
        var experts = new[] { Expert("E-1"), Expert("E-2"), Expert("E-3", available: false) };
        var result = Planner.Replace(Application, ["E-1", "E-2"], Decline("E-1"), [], experts, Context());
        Assert.Null(result.Replacement);
        var s = result.Shortfall!;
        Assert.Equal((3, 1, 2), (s.Required, s.Assigned, s.Missing));
        Assert.Equal(1, s.ExcludedBy[ExclusionKind.Declined]);
        Assert.Equal(1, s.ExcludedBy[ExclusionKind.AlreadyOnPanel]);
        Assert.Equal(1, s.ExcludedBy[ExclusionKind.Unavailable]);
    }

    [Fact]
    public void A_decline_needs_a_reason_and_must_concern_this_panel()
    {
        var experts = new[] { Expert("E-1"), Expert("E-2") };
        var ex = Assert.Throws<DomainValidationException>(() => Planner.Replace(Application, ["E-1"], new ExpertDecline("P-2", "E-9", " ", Now), [], experts, Context()));
        Assert.Equal(["reason", "projectId", "expertId"], ex.Problems.Select(p => p.Field));
    }
}
