using Microsoft.DurableTask.Client;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Workflow;

/// <summary>
/// Whole lifecycles on the in-memory Durable Task host with real timers: a business day passes in 60 ms, so the 30-day
/// contract window takes about two seconds of wall time.
/// </summary>
public class LifecycleEndToEndTests
{
    private static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);

    [Fact]
    public async Task Application_goes_from_submission_to_closed_with_automatic_publicity_approval_and_acceptance_opening()
    {
        await using var t = await LifecycleTestHost.StartAsync();
        var id = await t.SubmitAsync("P-E2E-1");

        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));
        await t.ActAsync(id, (p, at) => p.ProposeForFunding(Samples.Officer, at, ChinaStandardTime.DateOf(at), Policy));
        await t.WaitForStageAsync(id, ProjectStage.Contract);          // publicity ended and approval issued by timers
        await t.ActAsync(id, (p, at) => p.SignContract(Samples.Applicant, at));
        var due = await t.WaitForStageAsync(id, ProjectStage.AcceptanceDue); // execution end reached by timer
        await t.ActAsync(id, (p, at) => p.SubmitAcceptanceReport(Samples.Applicant, at,
            [.. due.Form.Targets.Select(x => new IndicatorActual(x.IndicatorCode, x.Value, ["E-1"]))]));
        await t.ActAsync(id, (p, at) => p.PassAcceptance(Samples.Officer, at));

        var instance = await Eventually.UntilAsync(() => t.Host.Client.GetInstanceAsync(id, getInputsAndOutputs: true),
            i => i?.RuntimeStatus == OrchestrationRuntimeStatus.Completed, TimeSpan.FromSeconds(30), "lifecycle completes");
        Assert.Equal(ProjectStage.Closed, instance!.ReadOutputAs<LifecycleOutcome>()!.Stage);

        var trail = await t.Projects.GetAuditTrailAsync(id);
        Assert.Equal(Enumerable.Range(1, trail.Count), trail.Select(a => a.Sequence));
        Assert.Equal(
            [ProjectAction.Submit, ProjectAction.PassEligibility, ProjectAction.ProposeForFunding, ProjectAction.EndPublicity, ProjectAction.Approve,
             ProjectAction.SignContract, ProjectAction.OpenAcceptance, ProjectAction.SubmitAcceptanceReport, ProjectAction.PassAcceptance],
            trail.Select(a => a.Action));
        Assert.All(trail.Where(a => a.Action is ProjectAction.EndPublicity or ProjectAction.Approve or ProjectAction.OpenAcceptance),
            a => Assert.Equal(Role.System, a.Actor.Role));
        // On time everywhere and every target met: no deduction, the +5 of REGULATIONS.md for the PI and the institution.
        Assert.Equal(
            [(Domain.Credit.CreditEventKind.AcceptancePassedAllMet, 5, Domain.Credit.CreditSubjectKind.Person), (Domain.Credit.CreditEventKind.AcceptancePassedAllMet, 5, Domain.Credit.CreditSubjectKind.Institution)],
            t.Credit.All.Select(e => (e.Kind, e.Points, e.SubjectKind)).OrderBy(e => e.SubjectKind));
        // The satisfaction survey after approval (audit 5) and after acceptance (audit 9), to the PI, once each.
        Assert.Equal(
            [($"{id}:audit:5:survey:Applicant", "zhang.wei@example.cn"), ($"{id}:audit:9:survey:Applicant", "zhang.wei@example.cn")],
            t.Emails.Sent.Where(m => m.Kind == EmailKind.Survey).Select(m => (m.DeduplicationKey, m.To)).Order());
    }

    [Fact]
    public async Task Unsigned_contract_gets_three_reminders_an_overdue_notice_then_termination_credit_and_escalation_once_each()
    {
        await using var t = await LifecycleTestHost.StartAsync();
        var id = await t.SubmitAsync("P-E2E-2");
        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));
        await t.ActAsync(id, (p, at) => p.ProposeForFunding(Samples.Officer, at, ChinaStandardTime.DateOf(at), Policy));

        var terminated = await t.WaitForStageAsync(id, ProjectStage.Terminated);

        Assert.Equal(TerminationCause.ContractNotSigned, terminated.TerminationCause);
        var mails = t.Emails.Sent.Where(m => m.ProjectId == id).ToList();
        Assert.Equal(3, mails.Count(m => m.Kind == EmailKind.DeadlineReminder));
        Assert.Single(mails, m => m.Kind == EmailKind.OverdueNotice);
        var escalation = Assert.Single(mails, m => m.Kind == EmailKind.Escalation);
        Assert.Contains("签订项目任务书", escalation.Subject, StringComparison.Ordinal);
        Assert.All(mails.Where(m => m.Kind != EmailKind.Escalation), m => Assert.Equal("zhang.wei@example.cn", m.To));
        Assert.Equal(mails.Count, mails.Select(m => m.DeduplicationKey).Distinct().Count());
        Assert.Equal([CreditSubjectKind.Person, CreditSubjectKind.Institution], t.Credit.All.Select(e => e.SubjectKind).Order());
        Assert.All(t.Credit.All, e => Assert.Equal((CreditEventKind.ContractNotSigned, -10), (e.Kind, e.Points)));
    }

    [Fact]
    public async Task Open_objection_holds_approval_until_the_officer_dismisses_it()
    {
        await using var t = await LifecycleTestHost.StartAsync();
        var id = await t.SubmitAsync("P-E2E-3");
        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));
        await t.ActAsync(id, (p, at) => p.ProposeForFunding(Samples.Officer, at, ChinaStandardTime.DateOf(at), Policy));
        await t.ActAsync(id, (p, at) => p.RaiseObjection(Samples.Public, at, "O-1", "刘强", "13900000000", "合作单位未实际参与", Regulations.Defaults.ObjectionRules));

        await Eventually.UntilAsync(() => Task.FromResult(t.Emails.Sent.Any(m => m.ProjectId == id && m.Subject.Contains("无法自动", StringComparison.Ordinal))),
            sent => sent, TimeSpan.FromSeconds(30), "officer told that approval is held");
        Assert.Equal(ProjectStage.Publicity, (await t.Projects.FindAsync(id))!.Project.Stage);

        await t.ActAsync(id, (p, at) => p.ResolveObjection(Samples.Officer, at, "O-1", upheld: false, "经核实，合作单位已参与"));
        await t.WaitForStageAsync(id, ProjectStage.Contract);
    }

    [Fact]
    public async Task A_version_2_lifecycle_passes_the_signal_now_sent_to_it_on_to_its_stage_instance()
    {
        // Eligibility check has no timed step, and the recheck is an hour away: only the signal can end its stage instance.
        await using var t = await LifecycleTestHost.StartAsync(lifecycleVersion: 2, recheck: TimeSpan.FromHours(1));
        var id = await t.SubmitAsync("P-E2E-V2");
        var checking = $"{id}:EligibilityCheck:1";
        await Eventually.UntilAsync(() => t.Host.Client.GetInstanceAsync(checking), i => i?.RuntimeStatus == OrchestrationRuntimeStatus.Running, TimeSpan.FromSeconds(30), "the eligibility stage instance runs");

        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));

        await Eventually.UntilAsync(() => t.Host.Client.GetInstanceAsync($"{id}:ExpertReview:2"), i => i?.RuntimeStatus == OrchestrationRuntimeStatus.Running, TimeSpan.FromSeconds(30), "the expert-review stage instance runs");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await t.Host.Client.GetInstanceAsync(checking))!.RuntimeStatus);
    }

    /// <remarks>
    /// The plan activity syncs a project it finds moved on, which refreshes its list index: so the refreshes counted for
    /// the submission and the step tell whether the lifecycle planned in its activity (version 3: the first plan and the
    /// step's) or took the plan the start and the signal carried (4).
    /// </remarks>
    [Theory]
    [InlineData(WorkflowVersions.OneInstancePerLifecycle, 2)]
    [InlineData(WorkflowVersions.PlanInSignal, 0)]
    public async Task A_lifecycle_follows_the_stages_itself_and_from_version_4_plans_a_step_from_its_signal_alone(int version, int plansInActivity)
    {
        await using var t = await LifecycleTestHost.StartAsync(lifecycleVersion: version, recheck: TimeSpan.FromHours(1));
        var id = await t.SubmitAsync($"P-E2E-V{version}");
        await WatchesAsync(t, id, new LifecycleStatus(nameof(ProjectStage.EligibilityCheck), 1));

        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));

        await WatchesAsync(t, id, new LifecycleStatus(nameof(ProjectStage.ExpertReview), 2));
        Assert.Equal(plansInActivity, t.Projects.IndexRefreshes.Count(p => p == id));
        Assert.Null(await t.Host.Client.GetInstanceAsync($"{id}:EligibilityCheck:1"));
        Assert.Null(await t.Host.Client.GetInstanceAsync($"{id}:ExpertReview:2"));
    }

    private static Task WatchesAsync(LifecycleTestHost t, string id, LifecycleStatus visit) =>
        Eventually.UntilAsync(async () => LifecycleStatus.Parse((await t.Host.Client.GetInstanceAsync(id, getInputsAndOutputs: true))?.SerializedCustomStatus),
            s => s == visit, TimeSpan.FromSeconds(30), $"the lifecycle watches {visit.Stage}");
}
