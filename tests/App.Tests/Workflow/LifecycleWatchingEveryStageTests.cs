using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>The version-3 lifecycle, with a mocked context: it plans and watches each stage visit itself, with no stage instance.</summary>
public sealed class LifecycleWatchingEveryStageTests
{
    private static readonly DateTime Now = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Mock<TaskOrchestrationContext> _context = new(MockBehavior.Strict);
    private readonly Queue<StagePlan> _plans = new();
    private readonly List<StageInput> _planned = [];
    private readonly List<StepRequest> _performed = [];
    private readonly List<LifecycleStatus> _statuses = [];
    private readonly List<CancellationToken> _eventWaits = [];
    private readonly List<(DateTime At, CancellationToken Token)> _timersSet = [];
    private DateTime _now = Now;

    public LifecycleWatchingEveryStageTests()
    {
        _context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => _now);
        _context.Setup(c => c.CallActivityAsync<StagePlan>(It.Is<TaskName>(n => n.Name == nameof(PlanStageActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object, TaskOptions>((_, input, _) => _planned.Add((StageInput)input))
            .ReturnsAsync(() => _plans.Dequeue());
        _context.Setup(c => c.SetCustomStatus(It.IsAny<object>())).Callback<object>(s => _statuses.Add((LifecycleStatus)s));
    }

    private static StagePlan MovedTo(StageView view, params PlannedStep[] steps) => new(false, steps, TimeSpan.FromDays(30), view);

    private static StagePlan InStage(params PlannedStep[] steps) => new(true, steps, TimeSpan.FromDays(30));

    private static PlannedStep Step(string key, TimeSpan fromNow) => new(key, ScheduledStepKind.Reminder, Now + fromNow);

    private Task<LifecycleOutcome> Run() => new ProjectLifecycleOrchestrator().RunAsync(_context.Object, new LifecycleInput("P-1", Version: 3));

    private void Timers(params Func<DateTime, Task>[] turns)
    {
        var next = new Queue<Func<DateTime, Task>>(turns);
        _context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((at, t) => _timersSet.Add((at, t)))
            .Returns<DateTime, CancellationToken>((at, _) => next.Dequeue()(at));
    }

    private Task FiresAt(DateTime at)
    {
        _now = at;
        return Task.CompletedTask;
    }

    private static Task Never(DateTime at) => new TaskCompletionSource().Task;

    private void Events(params Task<ProjectChanged>[] waits)
    {
        var next = new Queue<Task<ProjectChanged>>(waits);
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((_, t) => _eventWaits.Add(t))
            .Returns(() => next.Dequeue());
    }

    private void Performs(Action<StepRequest>? also = null) =>
        _context.Setup(c => c.CallActivityAsync<StepOutcome>(It.Is<TaskName>(n => n.Name == nameof(PerformStageStepActivity)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object, TaskOptions>((_, input, _) =>
            {
                _performed.Add((StepRequest)input);
                also?.Invoke((StepRequest)input);
            })
            .ReturnsAsync(StepOutcome.Performed);

    [Fact]
    public async Task It_plans_from_anywhere_then_follows_each_visit_an_event_moves_it_to_and_starts_no_stage_instance()
    {
        Timers(Never, Never);
        Events(Task.FromResult(new ProjectChanged(3)), Task.FromResult(new ProjectChanged(4)));
        _plans.Enqueue(MovedTo(new(ProjectStage.EligibilityCheck, 2, false), Step("reminder-3", TimeSpan.FromDays(10))));
        _plans.Enqueue(MovedTo(new(ProjectStage.ExpertReview, 3, false)));
        _plans.Enqueue(MovedTo(new(ProjectStage.Rejected, 4, true)));

        var outcome = await Run();

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal([StageInput.Anywhere("P-1", 3), new("P-1", ProjectStage.EligibilityCheck, 2, 3), new("P-1", ProjectStage.ExpertReview, 3, 3)], _planned);
        Assert.Equal([new(nameof(ProjectStage.EligibilityCheck), 2), new LifecycleStatus(nameof(ProjectStage.ExpertReview), 3)], _statuses);
        Assert.Empty(_performed);
        _context.Verify(c => c.CallSubOrchestratorAsync<StageView>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()), Times.Never);
    }

    [Fact]
    public async Task A_due_step_is_performed_for_its_visit_and_a_new_visit_of_the_same_stage_performs_it_again()
    {
        Performs();
        _plans.Enqueue(MovedTo(new(ProjectStage.Contract, 7, false), Step("reminder-5", TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(MovedTo(new(ProjectStage.Contract, 9, false), Step("reminder-5", TimeSpan.FromSeconds(-1))));
        _plans.Enqueue(MovedTo(new(ProjectStage.Closed, 10, true)));

        await Run();

        Assert.Equal([new(new("P-1", ProjectStage.Contract, 7, 3), "reminder-5"), new StepRequest(new("P-1", ProjectStage.Contract, 9, 3), "reminder-5")], _performed);
    }

    [Fact]
    public async Task A_timer_that_wins_runs_its_step_cancels_that_turns_event_wait_and_the_next_turn_waits_afresh()
    {
        Timers(FiresAt, Never);
        Performs();
        var reminder = Step("reminder-5", TimeSpan.FromDays(10));
        _plans.Enqueue(MovedTo(new(ProjectStage.Contract, 7, false), reminder));
        _plans.Enqueue(InStage(reminder));
        _plans.Enqueue(MovedTo(new(ProjectStage.Terminated, 9, true)));
        Events(new TaskCompletionSource<ProjectChanged>().Task, Task.FromResult(new ProjectChanged(9)));

        var outcome = await Run();

        Assert.Equal(ProjectStage.Terminated, outcome.Stage);
        Assert.Equal([new StepRequest(new("P-1", ProjectStage.Contract, 7, 3), "reminder-5")], _performed);
        Assert.Equal(2, _eventWaits.Count);
        Assert.All(_eventWaits, t => Assert.True(t.IsCancellationRequested));
        Assert.Equal([Now.AddDays(10), Now.AddDays(40)], _timersSet.Select(t => t.At)); // the recheck after the reminder
        Assert.DoesNotContain(_timersSet, t => t.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task A_turn_an_event_ended_keeps_its_timer_and_the_next_turn_sets_a_new_one_only_to_wake_earlier()
    {
        Timers(Never, Never);
        var reminder = Step("reminder-5", TimeSpan.FromDays(5));
        _plans.Enqueue(MovedTo(new(ProjectStage.EligibilityCheck, 2, false)));         // waits for the recheck, 30 days
        _plans.Enqueue(MovedTo(new(ProjectStage.Contract, 3, false), reminder));       // needs day 5: a timer of its own
        _plans.Enqueue(InStage(reminder));                                             // day 5 again: the same timer
        _plans.Enqueue(MovedTo(new(ProjectStage.Execution, 5, false)));                // the recheck is later: still day 5
        _plans.Enqueue(MovedTo(new(ProjectStage.Terminated, 6, true)));
        Events(Task.FromResult(new ProjectChanged(3)), Task.FromResult(new ProjectChanged(4)), Task.FromResult(new ProjectChanged(5)), Task.FromResult(new ProjectChanged(6)));

        await Run();

        Assert.Equal([Now.AddDays(30), Now.AddDays(5)], _timersSet.Select(t => t.At));
        Assert.Equal([true, false], _timersSet.Select(t => t.Token.IsCancellationRequested)); // the month-long one, replaced
        Assert.Empty(_performed);
    }

    [Fact]
    public async Task Past_its_turns_per_history_it_continues_as_new_with_its_input_and_unprocessed_events()
    {
        // Every turn an event arrives and the project stays where it is: a lifecycle bounced without end.
        Timers(Never);
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>())).ReturnsAsync(new ProjectChanged(9));
        _plans.Enqueue(MovedTo(new(ProjectStage.Execution, 8, false)));
        for (var i = 1; i < ProjectLifecycleOrchestrator.MaxTurnsPerHistory; i++)
        {
            _plans.Enqueue(InStage());
        }

        object? continuedWith = null;
        var keptEvents = false;
        _context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>())).Callback<object?, bool>((input, keep) => (continuedWith, keptEvents) = (input, keep));

        await Run();

        Assert.Empty(_plans);
        Assert.Equal(new LifecycleInput("P-1", Version: 3), continuedWith);
        Assert.True(keptEvents);
    }
}
