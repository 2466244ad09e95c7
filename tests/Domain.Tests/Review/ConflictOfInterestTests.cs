using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using static XjKeji.Domain.Tests.Review.ReviewSamples;

namespace XjKeji.Domain.Tests.Review;

public class ConflictOfInterestTests
{
    private static readonly ReviewApplication Application = App("P-1", institution: "INST-A", pi: "pi-1", team: ["m-1", "m-2"]);

    private static IEnumerable<ExclusionKind> Kinds(Expert e, CoApplicationHistory? history = null) =>
        ConflictOfInterest.Explain(e, Application, history ?? CoApplicationHistory.Empty).Select(r => r.Kind);

    [Fact]
    public void An_unrelated_expert_has_no_conflict()
    {
        Assert.Empty(Kinds(Expert("E-1")));
        Assert.False(ConflictOfInterest.Conflicts(Expert("E-1"), Application, CoApplicationHistory.Empty));
    }

    [Fact]
    public void Same_institution_conflicts()
    {
        Assert.Equal([ExclusionKind.SameInstitution], Kinds(Expert("E-1", institution: "INST-A")));
    }

    [Theory]
    [InlineData("pi-1")]
    [InlineData("m-2")]
    public void The_PI_or_a_team_member_as_expert_conflicts(string personId)
    {
        Assert.Equal([ExclusionKind.TeamMember], Kinds(Expert(personId)));
    }

    [Fact]
    public void Having_co_applied_with_the_PI_or_a_team_member_conflicts_but_not_with_others()
    {
        Assert.Equal([ExclusionKind.CoAppliedBefore], Kinds(Expert("E-1"), new([("E-1", "pi-1")])));
        Assert.Equal([ExclusionKind.CoAppliedBefore], Kinds(Expert("E-1"), new([("E-1", "m-1")])));
        Assert.Empty(Kinds(Expert("E-1"), new([("E-1", "pi-9"), ("E-2", "pi-1")])));
    }

    [Fact]
    public void Declared_projects_and_people_conflict()
    {
        Assert.Equal([ExclusionKind.DeclaredProject], Kinds(Expert("E-1", conflicts: [new(DeclaredConflictKind.Project, "P-1")])));
        Assert.Equal([ExclusionKind.DeclaredPerson], Kinds(Expert("E-1", conflicts: [new(DeclaredConflictKind.Person, "m-1")])));
        Assert.Empty(Kinds(Expert("E-1", conflicts: [new(DeclaredConflictKind.Project, "P-2"), new(DeclaredConflictKind.Person, "pi-9"), new(DeclaredConflictKind.Project, "pi-1")])));
    }

    [Fact]
    public void Every_reason_is_explained_at_once_in_both_languages()
    {
        var e = Expert("m-1", institution: "INST-A", conflicts: [new(DeclaredConflictKind.Project, "P-1"), new(DeclaredConflictKind.Person, "pi-1")]);
        var reasons = ConflictOfInterest.Explain(e, Application, new([("m-1", "pi-1")]));
        Assert.Equal(
            [ExclusionKind.SameInstitution, ExclusionKind.TeamMember, ExclusionKind.CoAppliedBefore, ExclusionKind.DeclaredProject, ExclusionKind.DeclaredPerson],
            reasons.Select(r => r.Kind));
        Assert.All(reasons, r => Assert.True(r.IsConflictOfInterest && r.Text.Zh.Length > 0 && r.Text.En.Length > 0));
        Assert.Contains("pi-1", reasons[2].Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_adds_availability_and_reviewer_status_to_conflicts()
    {
        var e = Expert("E-1", institution: "INST-A", available: false);
        var reasons = ReviewEligibility.Explain(e, Application, Context(null, Ban("E-1", new DateOnly(2018, 1, 1))));
        Assert.Equal([ExclusionKind.Unavailable, ExclusionKind.NoReviewerStatus, ExclusionKind.SameInstitution], reasons.Select(r => r.Kind));
        Assert.False(reasons[0].IsConflictOfInterest);
        Assert.Contains("2019-12-31", reasons[1].Text.Zh, StringComparison.Ordinal);
        Assert.True(ReviewEligibility.IsEligible(Expert("E-2"), Application, Context()));
    }

    [Fact]
    public void The_application_view_of_a_form_takes_its_people_and_SCO_field()
    {
        var form = Samples.ScoForm() with { TeamMemberIds = ["m-1"] };
        var a = ReviewApplication.From("P-1", form);
        Assert.Equal((Samples.InstitutionId, "pi-1", ScoPriorityField.Agriculture), (a.InstitutionId, a.PrincipalInvestigatorId, a.Field));
        Assert.Equal(["pi-1", "m-1"], a.People);
        Assert.Equal(ScoPriorityField.Energy, ReviewApplication.From("P-2", Samples.AidForm(), ScoPriorityField.Energy).Field);
        Assert.Null(ReviewApplication.From("P-2", Samples.AidForm()).Field);
    }
}
