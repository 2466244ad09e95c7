using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

public class SurveyOccasionsTests
{
    private static AuditEntry Entry(int sequence, ProjectAction action, ProjectStage from, ProjectStage to) =>
        new("P-1", sequence, Samples.InCallWindow.AddDays(sequence), Samples.Officer, action, from, to, null);

    [Fact]
    public void Funding_and_acceptance_decisions_are_occasions_and_nothing_else_is()
    {
        AuditEntry[] trail =
        [
            Entry(1, ProjectAction.Submit, ProjectStage.Draft, ProjectStage.EligibilityCheck),
            Entry(2, ProjectAction.PassEligibility, ProjectStage.EligibilityCheck, ProjectStage.ExpertReview),
            Entry(3, ProjectAction.ProposeForFunding, ProjectStage.ExpertReview, ProjectStage.Publicity),
            Entry(4, ProjectAction.EndPublicity, ProjectStage.Publicity, ProjectStage.Approval),
            Entry(5, ProjectAction.Approve, ProjectStage.Approval, ProjectStage.Contract),
            Entry(6, ProjectAction.SignContract, ProjectStage.Contract, ProjectStage.Execution),
            Entry(7, ProjectAction.OpenAcceptance, ProjectStage.Execution, ProjectStage.AcceptanceDue),
            Entry(8, ProjectAction.SubmitAcceptanceReport, ProjectStage.AcceptanceDue, ProjectStage.AcceptanceReview),
            Entry(9, ProjectAction.PassAcceptance, ProjectStage.AcceptanceReview, ProjectStage.Closed),
        ];

        // Given out of order, as a store might: occasions come oldest first.
        var occasions = SurveyOccasions.In(trail.Reverse());

        Assert.Equal([(5, SurveyDecision.Funded), (9, SurveyDecision.AcceptancePassed)], occasions.Select(o => (o.Entry.Sequence, o.Decision)));
    }

    [Theory]
    [InlineData(ProjectAction.DeclineFunding, ProjectStage.ExpertReview, SurveyDecision.NotFunded)]
    [InlineData(ProjectAction.UpholdObjection, ProjectStage.Publicity, SurveyDecision.ObjectionUpheld)]
    [InlineData(ProjectAction.FailAcceptance, ProjectStage.AcceptanceReview, SurveyDecision.AcceptanceFailed)]
    [InlineData(ProjectAction.FailAcceptance, ProjectStage.AcceptanceDue, SurveyDecision.AcceptanceFailed)]
    public void Each_negative_decision_is_an_occasion(ProjectAction action, ProjectStage from, SurveyDecision expected)
    {
        var occasion = Assert.Single(SurveyOccasions.In([Entry(4, action, from, LifecycleRules.Find(from, action)!.To)]));
        Assert.Equal((4, expected), (occasion.Entry.Sequence, occasion.Decision));
    }

    [Theory]
    [InlineData(ProjectAction.RejectEligibility, ProjectStage.EligibilityCheck)]
    [InlineData(ProjectAction.Withdraw, ProjectStage.Publicity)]
    [InlineData(ProjectAction.Terminate, ProjectStage.Execution)]
    [InlineData(ProjectAction.DismissObjection, ProjectStage.Publicity)]
    [InlineData(ProjectAction.PassMidTermInspection, ProjectStage.MidTermReview)]
    public void Other_endings_and_steps_are_not_surveyed(ProjectAction action, ProjectStage from) =>
        Assert.Empty(SurveyOccasions.In([Entry(4, action, from, LifecycleRules.Find(from, action)!.To)]));

    [Fact]
    public void Applicants_are_always_asked_and_the_project_site_only_for_SCO_projects()
    {
        Assert.Equal([RespondentKind.Applicant], SurveyOccasions.RespondentsFor(ProgramCode.AidXinjiang));
        Assert.Equal([RespondentKind.Applicant, RespondentKind.ProjectSite], SurveyOccasions.RespondentsFor(ProgramCode.ScoPartnership));
    }

    [Fact]
    public void Every_decision_has_a_Chinese_and_an_English_name()
    {
        Assert.All(Enum.GetValues<SurveyDecision>(), d =>
        {
            var name = SurveyDecisionNames.Of(d);
            Assert.NotEqual(d.ToString(), name.Zh);
            Assert.NotEqual(d.ToString(), name.En);
        });
    }
}
