using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>
/// An overdue action stopped by a crash between its effects, and retried after the project moved on (found by the full
/// kill run: a late acceptance report arrived between the PI's credit event and the institution's).
/// </summary>
public sealed class OverdueActionCrashTests
{
    private static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);

    private readonly Mock<IProjectRepository> _projects = new(MockBehavior.Strict);
    private readonly InMemoryCreditEventLog _credit = new();
    private readonly RecordingEmailSender _emails = new();

    private Task<StepOutcome> PerformAsync(StepRequest request)
    {
        using var services = ActivityServices.Over(_projects.Object, _credit, _emails);
        return ActivatorUtilities.CreateInstance<PerformStageStepActivity>(services).RunAsync(Mock.Of<TaskActivityContext>(), request);
    }

    /// <summary>The visit <paramref name="stage"/> entered at audit 3, its grace-expired step, and that step's effect key.</summary>
    private static (StepRequest Request, ScheduledStep Step, string Key) GraceExpired(ProjectStage stage)
    {
        var inVisit = Samples.InStage(stage);
        var step = StageSchedule.For(inVisit, Policy).Single(s => s.Kind == ScheduledStepKind.GraceExpired);
        var visit = new StageInput(inVisit.Id, stage, inVisit.StageEnteredAtSequence);
        return (new StepRequest(visit, step.Key), step, $"{visit.InstanceId}:{step.Key}");
    }

    private void Stored(Project project, params AuditEntry[] trail)
    {
        _projects.Setup(p => p.FindAsync(project.Id, It.IsAny<CancellationToken>())).ReturnsAsync(new VersionedProject(project, "etag-now"));
        _projects.Setup(p => p.GetAuditTrailAsync(project.Id, It.IsAny<CancellationToken>())).ReturnsAsync(trail);
    }

    private static AuditEntry Entered(ProjectStage from, ProjectStage to, ProjectAction action) =>
        new("P-2018-0001", 3, Samples.InCallWindow, Actor.System(), action, from, to, null);

    private static Project Moved(ProjectStage stage, int sequence, TerminationCause? cause = null) =>
        Project.Rehydrate(Samples.InStage(stage).ToSnapshot() with { AuditSequence = sequence, StageEnteredAtSequence = sequence, TerminationCause = cause });

    [Fact]
    public async Task A_missed_acceptance_whose_PI_event_was_recorded_is_finished_after_the_late_report_moved_the_project_on()
    {
        var (request, step, key) = GraceExpired(ProjectStage.AcceptanceDue);
        var late = Moved(ProjectStage.AcceptanceReview, 4);
        Stored(late, Entered(ProjectStage.Execution, ProjectStage.AcceptanceDue, ProjectAction.OpenAcceptance));
        await _credit.RecordAsync(CreditPoints.ForProject(late, CreditEventKind.DeadlineMissed, key, step.At, "未按期提交验收报告")[0]);

        var outcome = await PerformAsync(request);

        Assert.Equal(StepOutcome.Performed, outcome);
        Assert.Equal([($"{key}:institution", CreditSubjectKind.Institution), ($"{key}:person", CreditSubjectKind.Person)],
            _credit.All.Select(e => (e.Key, e.SubjectKind)).Order());
        Assert.All(_credit.All, e => Assert.Equal(CreditEventKind.DeadlineMissed, e.Kind));
        var escalation = Assert.Single(_emails.Sent);
        Assert.Equal((EmailKind.Escalation, $"{key}:officer"), (escalation.Kind, escalation.DeduplicationKey));
    }

    [Fact]
    public async Task A_missed_acceptance_with_nothing_recorded_no_longer_applies_once_the_report_arrived()
    {
        var (request, _, _) = GraceExpired(ProjectStage.AcceptanceDue);
        Stored(Moved(ProjectStage.AcceptanceReview, 4), Entered(ProjectStage.Execution, ProjectStage.AcceptanceDue, ProjectAction.OpenAcceptance));

        var outcome = await PerformAsync(request);

        Assert.Equal(StepOutcome.NoLongerApplies, outcome);
        Assert.Empty(_credit.All);
        Assert.Empty(_emails.Sent);
    }

    [Fact]
    public async Task A_contract_terminated_by_its_grace_step_before_a_crash_gets_its_credit_events_and_escalation_on_the_retry()
    {
        var (request, _, key) = GraceExpired(ProjectStage.Contract);
        Stored(Moved(ProjectStage.Terminated, 4, TerminationCause.ContractNotSigned),
            Entered(ProjectStage.Approval, ProjectStage.Contract, ProjectAction.Approve),
            new AuditEntry("P-2018-0001", 4, Samples.InCallWindow.AddDays(40), Actor.System(key), ProjectAction.Terminate, ProjectStage.Contract, ProjectStage.Terminated, "未在宽限期内签订项目任务书"));

        var outcome = await PerformAsync(request);

        Assert.Equal(StepOutcome.Performed, outcome);
        Assert.Equal([CreditSubjectKind.Person, CreditSubjectKind.Institution], _credit.All.Select(e => e.SubjectKind).Order());
        Assert.All(_credit.All, e => Assert.Equal((CreditEventKind.ContractNotSigned, -10), (e.Kind, e.Points)));
        Assert.Equal(EmailKind.Escalation, Assert.Single(_emails.Sent).Kind);
    }

    [Fact]
    public async Task A_contract_signed_while_its_grace_step_ran_records_nothing_because_the_termination_is_written_first()
    {
        var (request, _, _) = GraceExpired(ProjectStage.Contract);
        var inContract = Samples.InStage(ProjectStage.Contract);
        var signed = Moved(ProjectStage.Execution, 4);
        _projects.SetupSequence(p => p.FindAsync(inContract.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VersionedProject(inContract, "etag-before"))
            .ReturnsAsync(new VersionedProject(signed, "etag-signed"));
        _projects.Setup(p => p.SaveAsync(It.IsAny<Project>(), "etag-before", It.IsAny<CancellationToken>())).ThrowsAsync(new ConcurrencyConflictException("project", inContract.Id));
        _projects.Setup(p => p.GetAuditTrailAsync(inContract.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([Entered(ProjectStage.Approval, ProjectStage.Contract, ProjectAction.Approve)]);

        var outcome = await PerformAsync(request);

        Assert.Equal(StepOutcome.NoLongerApplies, outcome);
        Assert.Empty(_credit.All);
        Assert.Empty(_emails.Sent);
    }
}
