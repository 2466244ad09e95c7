using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>Branch logic of the stage orchestrator with a mocked context: which step runs, when, and what ends the stage.</summary>
public class StageOrchestratorTests
{
    private static readonly DateTime Now = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly StageInput Contract = new("P-1", ProjectStage.Contract, 7);

    private readonly Mock<TaskOrchestrationContext> _context = new(MockBehavior.Strict);
    private readonly Queue<StagePlan> _plans = new();
    private readonly List<string> _performed = [];
    private readonly List<DateTime> _timers = [];
    private DateTime _now = Now;

    public StageOrchestratorTests()
    {
        // Orchestration time moves to a timer's fire time when that timer completes, as on replay.
        _context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => _now);
        _context.Setup(c => c.CallActivityAsync<StagePlan>(It.Is<TaskName>(n => n.Name == nameof(PlanStageActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync(() => _plans.Dequeue());
        _context.Setup(c => c.CallActivityAsync<StepOutcome>(It.Is<TaskName>(n => n.Name == nameof(PerformStageStepActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object, TaskOptions>((_, input, _) => _performed.Add(((StepRequest)input).StepKey))
            .ReturnsAsync(StepOutcome.Performed);
        _context.Setup(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync(new StageView(ProjectStage.Execution, 8, false));
    }

    private static StagePlan InStage(params PlannedStep[] steps) => new(true, steps, TimeSpan.FromDays(30));

    private static StagePlan Left => new(false, [], TimeSpan.FromDays(30));

    private static PlannedStep Step(string key, ScheduledStepKind kind, TimeSpan fromNow) => new(key, kind, Now + fromNow);

    private void TimerFires() =>
        _context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((at, _) =>
            {
                _timers.Add(at);
                _now = at;
            })
            .Returns(Task.CompletedTask);

    private void EventArrivesAndTimerNeverFires()
    {
        _context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((at, _) => _timers.Add(at)).Returns(new TaskCompletionSource().Task);
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ProjectChanged(9));
    }

    private void NoEvent() =>
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource<ProjectChanged>().Task);

    private Task<StageView> Run() => new StageOrchestrator().RunAsync(_context.Object, Contract);

    [Fact]
    public async Task Project_already_gone_from_the_stage_ends_at_once_with_its_new_stage()
    {
        _plans.Enqueue(Left);
        var view = await Run();
        Assert.Equal(ProjectStage.Execution, view.Stage);
        Assert.Empty(_performed);
    }

    [Fact]
    public async Task A_plan_that_synced_the_departed_project_ends_the_stage_with_its_view_and_no_sync_activity()
    {
        _plans.Enqueue(Left with { Left = new StageView(ProjectStage.Terminated, 11, true) });
        var view = await Run();
        Assert.Equal(new StageView(ProjectStage.Terminated, 11, true), view);
        _context.Verify(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    [Fact]
    public async Task Timeout_sends_reminders_then_applies_the_overdue_action_in_time_order()
    {
        TimerFires();
        NoEvent();
        var steps = new[]
        {
            Step("grace-expired", ScheduledStepKind.GraceExpired, TimeSpan.FromDays(26)),
            Step("reminder-7", ScheduledStepKind.Reminder, TimeSpan.FromDays(10)),
            Step("overdue", ScheduledStepKind.OverdueNotice, TimeSpan.FromDays(21)),
        };
        for (var i = 0; i < 3; i++)
        {
            _plans.Enqueue(InStage(steps));
        }

        _plans.Enqueue(Left); // the overdue action terminated the project

        await Run();

        Assert.Equal(["reminder-7", "overdue", "grace-expired"], _performed);
        Assert.Equal([Now.AddDays(10), Now.AddDays(21), Now.AddDays(26)], _timers);
    }

    [Fact]
    public async Task Long_waits_wake_at_the_recheck_interval_and_reread_the_plan()
    {
        TimerFires();
        NoEvent();
        var far = Step("auto-OpenAcceptance-8", ScheduledStepKind.AutoTransition, TimeSpan.FromDays(45));
        _plans.Enqueue(InStage(far));
        _plans.Enqueue(InStage(far));
        _plans.Enqueue(Left);

        await Run();

        Assert.Equal([Now.AddDays(30), Now.AddDays(45)], _timers);
        Assert.Equal(["auto-OpenAcceptance-8"], _performed);
    }

    [Fact]
    public async Task Step_already_due_runs_without_waiting()
    {
        _plans.Enqueue(InStage(Step("auto-Approve-6", ScheduledStepKind.AutoTransition, TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(Left);

        await Run();

        Assert.Equal(["auto-Approve-6"], _performed);
        _context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Approval_by_the_applicant_signing_ends_the_stage_without_performing_the_pending_step()
    {
        EventArrivesAndTimerNeverFires();
        _plans.Enqueue(InStage(Step("reminder-7", ScheduledStepKind.Reminder, TimeSpan.FromDays(20))));
        _plans.Enqueue(Left);

        await Run();

        Assert.Empty(_performed);
        Assert.Single(_timers);
    }

    [Fact]
    public async Task Objection_or_extension_event_replans_and_follows_the_new_schedule()
    {
        // First wait: an extension is granted (event); the re-read plan has moved the step; then the timer fires.
        var timerCalls = 0;
        _context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((at, _) =>
            {
                _timers.Add(at);
                if (timerCalls > 0)
                {
                    _now = at;
                }
            })
            .Returns(() => ++timerCalls == 1 ? new TaskCompletionSource().Task : Task.CompletedTask);
        var eventCalls = 0;
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .Returns(() => ++eventCalls == 1 ? Task.FromResult(new ProjectChanged(9)) : new TaskCompletionSource<ProjectChanged>().Task);
        _plans.Enqueue(InStage(Step("auto-OpenAcceptance-8", ScheduledStepKind.AutoTransition, TimeSpan.FromDays(10))));
        _plans.Enqueue(InStage(Step("auto-OpenAcceptance-9", ScheduledStepKind.AutoTransition, TimeSpan.FromDays(20))));
        _plans.Enqueue(Left);

        await Run();

        Assert.Equal(["auto-OpenAcceptance-9"], _performed);
        Assert.Equal([Now.AddDays(10), Now.AddDays(20)], _timers);
    }

    [Fact]
    public async Task Reject_by_guard_is_not_retried_with_the_same_key_but_a_new_key_runs()
    {
        TimerFires();
        NoEvent();
        _plans.Enqueue(InStage(Step("auto-EndPublicity-5", ScheduledStepKind.AutoTransition, TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(InStage(Step("auto-EndPublicity-5", ScheduledStepKind.AutoTransition, TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(InStage(Step("auto-EndPublicity-7", ScheduledStepKind.AutoTransition, TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(Left);

        await Run();

        Assert.Equal(["auto-EndPublicity-5", "auto-EndPublicity-7"], _performed);
    }

    [Fact]
    public async Task Losing_timer_and_event_wait_are_cancelled()
    {
        var tokens = new List<CancellationToken>();
        _context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((_, t) => tokens.Add(t)).Returns(new TaskCompletionSource().Task);
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((_, t) => tokens.Add(t)).ReturnsAsync(new ProjectChanged(9));
        _plans.Enqueue(InStage());
        _plans.Enqueue(Left);

        await Run();

        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.IsCancellationRequested));
    }
}
