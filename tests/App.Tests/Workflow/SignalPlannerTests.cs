using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using XjKeji.App.Notifications;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Tests;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>The plan a handler sends with its change signal (workflow version 4), and when it sends none.</summary>
public sealed class SignalPlannerTests
{
    private static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);
    private static readonly WorkflowOptions Options = new() { RecheckInterval = TimeSpan.FromDays(30) };
    private static readonly IBusinessClock Clock = new ScaledBusinessClock(
        new ClockOptions { Scale = 1, WallOrigin = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), BusinessOrigin = Samples.InCallWindow }, TimeProvider.System);

    private readonly InMemoryProjectRepository _projects = new();
    private readonly RecordingEmailSender _emails = new();

    private static SignalPlanner Planner(IProjectRepository projects, IEmailSender emails) =>
        new(new ProjectSync(projects, new InMemoryCreditEventLog(), emails, Options), Policy, Clock, Options, NullLogger<SignalPlanner>.Instance);

    /// <summary>A project in expert review, stored with its trail, and the view before it is declined (not yet stored).</summary>
    private async Task<(Project Declined, StageView Before)> DeclinedAsync()
    {
        var project = Samples.Draft();
        project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        project.PassEligibility(Samples.Officer, Samples.InCallWindow.AddDays(1));
        var etag = await _projects.CreateAsync(project);
        var before = StageView.Of(project);
        project.DeclineFunding(Samples.Officer, Samples.InCallWindow.AddDays(2), "评审得分未进入资助范围");
        await _projects.SaveAsync(project, etag);
        return (project, before);
    }

    [Fact]
    public async Task A_stage_change_without_a_decision_carries_the_plan_of_the_visit_it_entered()
    {
        var project = Samples.Draft();
        project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        var etag = await _projects.CreateAsync(project);
        var before = StageView.Of(project);
        project.PassEligibility(Samples.Officer, Samples.InCallWindow.AddDays(1));
        await _projects.SaveAsync(project, etag);

        var change = await Planner(_projects, _emails).SignalAsync(before, project);

        Assert.Equal(project.AuditSequence, change.AuditSequence);
        var plan = Assert.IsType<SignalledPlan>(change.Plan);
        Assert.Equal((before, new StageView(ProjectStage.ExpertReview, project.AuditSequence, false)), (plan.From, plan.To));
        Assert.Equal(StageSchedule.For(project, Policy).Select(s => s.Key), plan.Steps.Select(s => s.Key));
        Assert.Empty(_emails.Sent);
    }

    [Fact]
    public async Task A_stage_change_by_a_decision_with_consequences_goes_without_a_plan_and_leaves_them_to_the_lifecycle()
    {
        var (declined, before) = await DeclinedAsync();

        var change = await Planner(_projects, _emails).SignalAsync(before, declined);

        // The survey for the decline is the lifecycle's sync's to send, with retries, not this request's.
        Assert.Equal(new ProjectChanged(declined.AuditSequence), change);
        Assert.Empty(_emails.Sent);
    }

    [Fact]
    public async Task A_change_within_the_visit_reads_nothing_and_carries_the_visits_steps_in_wall_clock_time()
    {
        var project = Samples.InStage(ProjectStage.Contract);
        var strict = new Mock<IProjectRepository>(MockBehavior.Strict);

        var change = await Planner(strict.Object, _emails).SignalAsync(StageView.Of(project), project);

        var plan = Assert.IsType<SignalledPlan>(change.Plan);
        Assert.Equal(plan.From, plan.To);
        Assert.NotEmpty(plan.Steps); // the contract window's reminders and deadline
        Assert.Equal(StageSchedule.For(project, Policy).Select(s => (s.Key, Clock.ToWallUtc(s.At))), plan.Steps.Select(s => (s.Key, s.FireAtUtc)));
        Assert.Equal(Options.RecheckInterval, plan.RecheckAfter);
        Assert.Empty(_emails.Sent);
    }

    [Fact]
    public async Task When_the_trail_cannot_be_read_the_signal_goes_without_a_plan_so_the_lifecycle_reads_it()
    {
        var (declined, before) = await DeclinedAsync();
        var failing = new Mock<IProjectRepository>();
        failing.Setup(p => p.GetAuditTrailAsync(declined.Id, It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("storage away"));

        var change = await Planner(failing.Object, _emails).SignalAsync(before, declined);

        Assert.Equal(new ProjectChanged(declined.AuditSequence), change);
        failing.Verify(p => p.GetAuditTrailAsync(declined.Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_first_submission_reads_nothing_and_carries_the_plan_of_the_visit_it_entered()
    {
        var project = Samples.Draft();
        var draft = StageView.Of(project);
        project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        var strict = new Mock<IProjectRepository>(MockBehavior.Strict);

        var change = await Planner(strict.Object, _emails).SignalAsync(draft, project);

        var plan = Assert.IsType<SignalledPlan>(change.Plan);
        Assert.Equal((draft, StageView.Of(project)), (plan.From, plan.To));
        Assert.Equal(ProjectStage.EligibilityCheck, plan.To.Stage);
    }
}
