using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Credit;

/// <summary>What a deadline missed past its grace period records on the PI's and the institution's credit.</summary>
public sealed class MissedDeadlineCreditTests
{
    [Theory]
    [InlineData(DeadlineStep.ContractSignature, CreditEventKind.ContractNotSigned)]
    [InlineData(DeadlineStep.Correction, CreditEventKind.DeadlineMissed)]
    [InlineData(DeadlineStep.MidTermReport, CreditEventKind.DeadlineMissed)]
    public void The_contract_signature_records_a_contract_not_signed_and_every_other_step_a_missed_deadline(DeadlineStep step, CreditEventKind expected) =>
        Assert.Equal(expected, CreditPoints.ForMissed(step));

    [Fact]
    public void The_PI_gets_the_first_event_and_the_lead_institution_the_second_both_keyed_by_the_occurrence()
    {
        var project = Samples.InStage(ProjectStage.Contract);

        var events = CreditPoints.ForMissedDeadline(project, DeadlineStep.ContractSignature, "v:grace", Samples.InCallWindow, "未签订");

        Assert.Equal(
            [("v:grace:person", CreditSubjectKind.Person, project.Form.PrincipalInvestigator.Id), ("v:grace:institution", CreditSubjectKind.Institution, project.InstitutionId)],
            events.Select(e => (e.Key, e.SubjectKind, e.SubjectId)));
        Assert.All(events, e => Assert.Equal((CreditEventKind.ContractNotSigned, -10), (e.Kind, e.Points)));
    }
}
