using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>
/// The version-3 and -4 lifecycle, with a mocked context: it plans and watches each stage visit itself, with no stage
/// instance; from version 4 it takes the plan a signal carries when that follows on from its visit and plan.
/// </summary>
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

    private static StagePlan PlannedAt(int sequence, StagePlan plan) => plan with { PlannedAtSequence = sequence };

    private static ProjectChanged Signal(int sequence, StageView from, StageView to, params PlannedStep[] steps) =>
        new(sequence, new SignalledPlan(from, to, steps, TimeSpan.FromDays(30)));

    private Task<LifecycleOutcome> Run(int version = 3, ProjectChanged? submitted = null) =>
        new ProjectLifecycleOrchestrator().RunAsync(_context.Object, new LifecycleInput("P-1", version, submitted));

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

    [Fact]
    public async Task Version_4_takes_the_plans_signals_carry_from_the_visit_it_watches_and_calls_no_plan_activity_for_them()
    {
        Timers(Never, Never, Never);
        Performs();
        var checking = new StageView(ProjectStage.EligibilityCheck, 2, false);
        var review = new StageView(ProjectStage.ExpertReview, 3, false);
        var reminder = Step("review-reminder", TimeSpan.FromDays(3));
        _plans.Enqueue(PlannedAt(2, MovedTo(checking)));
        Events(
            Task.FromResult(Signal(3, checking, review, reminder)),
            Task.FromResult(Signal(4, review, review, reminder)),
            Task.FromResult(Signal(5, review, new StageView(ProjectStage.Rejected, 5, true))));

        var outcome = await Run(version: 4);

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal([StageInput.Anywhere("P-1", 4)], _planned);
        Assert.Equal([new(nameof(ProjectStage.EligibilityCheck), 2), new LifecycleStatus(nameof(ProjectStage.ExpertReview), 3)], _statuses);
        Assert.Equal([Now.AddDays(30), Now.AddDays(3)], _timersSet.Select(t => t.At)); // the review's reminder came with the signal
        Assert.Empty(_performed);
    }

    [Fact]
    public async Task Version_4_plans_in_its_activity_after_a_signal_without_a_plan_from_another_visit_or_older_than_its_plan()
    {
        Timers(Never, Never);
        var checking = new StageView(ProjectStage.EligibilityCheck, 2, false);
        var review = new StageView(ProjectStage.ExpertReview, 3, false);
        var contract = new StageView(ProjectStage.Contract, 6, false);
        _plans.Enqueue(PlannedAt(2, MovedTo(checking)));
        _plans.Enqueue(PlannedAt(3, MovedTo(review)));    // after a signal that carries no plan
        _plans.Enqueue(PlannedAt(6, MovedTo(contract)));  // after one from a visit it never saw (it overtook another)
        _plans.Enqueue(PlannedAt(7, MovedTo(new StageView(ProjectStage.Terminated, 7, true)))); // after one older than its plan
        Events(
            Task.FromResult(new ProjectChanged(3)),
            Task.FromResult(Signal(6, new StageView(ProjectStage.Publicity, 5, false), contract)),
            Task.FromResult(Signal(6, contract, new StageView(ProjectStage.Terminated, 6, true))));

        var outcome = await Run(version: 4);

        Assert.Equal(ProjectStage.Terminated, outcome.Stage);
        Assert.Equal(4, _planned.Count);
        Assert.Empty(_plans);
    }

    [Fact]
    public async Task Version_3_ignores_the_plan_a_signal_carries_and_plans_in_its_activity()
    {
        Timers(Never);
        var checking = new StageView(ProjectStage.EligibilityCheck, 2, false);
        var rejected = new StageView(ProjectStage.Rejected, 3, true);
        _plans.Enqueue(PlannedAt(2, MovedTo(checking)));
        _plans.Enqueue(PlannedAt(3, MovedTo(rejected)));
        Events(Task.FromResult(Signal(3, checking, rejected)));

        await Run(version: 3);

        Assert.Equal([StageInput.Anywhere("P-1", 3), new("P-1", ProjectStage.EligibilityCheck, 2, 3)], _planned);
    }

    [Fact]
    public void A_signalled_plan_for_the_same_visit_keeps_the_lifecycle_in_it_and_is_dated_by_the_signal()
    {
        var review = new StageView(ProjectStage.ExpertReview, 3, false);
        var reminder = Step("review-reminder", TimeSpan.FromDays(3));

        var plan = SignalledPlan.Adoptable(Signal(4, review, review, reminder), new StageInput("P-1", ProjectStage.ExpertReview, 3, 4), plannedAt: 3);

        Assert.NotNull(plan);
        Assert.True(plan.InStage);
        Assert.Null(plan.Left);
        Assert.Equal([reminder], plan.Steps);
        Assert.Equal(4, plan.PlannedAtSequence);
        Assert.Null(SignalledPlan.Adoptable(Signal(4, review, review), new StageInput("P-1", ProjectStage.ExpertReview, 3, 4), plannedAt: null));
    }

    [Fact]
    public async Task Version_4_starts_from_its_submissions_plan_with_no_plan_activity_and_continues_as_new_without_it()
    {
        Timers(Never);
        var draft = new StageView(ProjectStage.Draft, 0, false);
        var checking = new StageView(ProjectStage.EligibilityCheck, 1, false);
        var sequence = 1;
        _context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Signal(++sequence, checking, checking)); // a change within the visit every turn, each with its plan
        object? continuedWith = null;
        _context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>())).Callback<object?, bool>((input, _) => continuedWith = input);

        await Run(version: 4, submitted: Signal(1, draft, checking));

        Assert.Empty(_planned);
        Assert.Equal([new LifecycleStatus(nameof(ProjectStage.EligibilityCheck), 1)], _statuses);
        Assert.Equal(new LifecycleInput("P-1", 4), continuedWith);
    }
}
