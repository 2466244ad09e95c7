using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using XjKeji.App.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>Which Durable client calls the workflow signals make: the requests each submission and step pays for.</summary>
public sealed class DurableWorkflowSignalsTests
{
    private readonly Mock<DurableTaskClient> _client = new(MockBehavior.Strict, "test");

    private DurableWorkflowSignals Signals => new(_client.Object, NullLogger<DurableWorkflowSignals>.Instance);

    private readonly Mock<ILogger<DurableWorkflowSignals>> _log = new();

    /// <summary>Signals that wait 200 ms for a signal and 300 ms for a start, not the 10 s and 60 s of production, and log to <see cref="_log"/>.</summary>
    private DurableWorkflowSignals Impatient => new(_client.Object, _log.Object, options: new WorkflowOptions { SignalWait = TimeSpan.FromMilliseconds(200), StartWait = TimeSpan.FromMilliseconds(300) });

    private void Schedules(ProjectChanged? submitted = null) =>
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(new TaskName(nameof(ProjectLifecycleOrchestrator)), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<TaskName, object?, StartOrchestrationOptions?, CancellationToken>((_, input, options, _) =>
            {
                Assert.Equal(new LifecycleInput("P-1", WorkflowVersions.Current, submitted), input);
                Assert.Equal("P-1", options!.InstanceId);
            })
            .ReturnsAsync("P-1");

    private void Exists(bool exists) =>
        _client.Setup(c => c.GetInstanceAsync("P-1", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(exists ? new OrchestrationMetadata(nameof(ProjectLifecycleOrchestrator), "P-1") : null);

    [Fact]
    public async Task A_first_submissions_lifecycle_starts_with_the_submissions_signal_as_its_first_plan()
    {
        var draft = new StageView(Domain.Projects.ProjectStage.Draft, 0, false);
        var checking = new StageView(Domain.Projects.ProjectStage.EligibilityCheck, 1, false);
        var submitted = new ProjectChanged(1, new SignalledPlan(draft, checking, [], TimeSpan.FromDays(30)));
        Schedules(submitted);

        await Signals.StartNewLifecycleAsync("P-1", submitted);

        _client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_first_submissions_lifecycle_is_scheduled_without_reading_for_an_existing_one()
    {
        Schedules();

        await Signals.StartNewLifecycleAsync("P-1", submitted: null);

        _client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
        _client.Verify(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Any_other_start_reads_first_and_leaves_a_running_lifecycle_alone()
    {
        Exists(true);

        await Signals.StartLifecycleAsync("P-1");

        _client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_start_refused_because_the_lifecycle_exists_is_taken_as_done()
    {
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("already exists"));
        Exists(true);

        await Signals.StartNewLifecycleAsync("P-1", submitted: null);
    }

    [Fact]
    public async Task A_change_is_signalled_to_the_lifecycle_whatever_stage_the_project_left_with_the_plan_it_carries()
    {
        var view = new StageView(Domain.Projects.ProjectStage.Contract, 5, false);
        var change = new ProjectChanged(7, new SignalledPlan(view, view, [], TimeSpan.FromDays(30)));
        _client.Setup(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, change, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await Signals.ProjectChangedAsync("P-1", change);

        _client.Verify(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, change, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_signal_the_backend_does_not_take_in_time_answers_the_request_and_still_goes_in_the_background()
    {
        var change = new ProjectChanged(7);
        var backend = new TaskCompletionSource();
        CancellationToken given = default;
        _client.Setup(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, change, It.IsAny<CancellationToken>()))
            .Callback<string, string, object?, CancellationToken>((_, _, _, ct) => given = ct)
            .Returns(backend.Task);
        var took = Stopwatch.StartNew();

        await Impatient.ProjectChangedAsync("P-1", change);

        Assert.InRange(took.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        // The request no longer waits, but the signal is not withdrawn: the backend's retries may still deliver it.
        Assert.False(given.CanBeCanceled);
        Assert.False(backend.Task.IsCompleted);
        backend.SetResult();
    }

    [Fact]
    public async Task A_start_the_backend_does_not_confirm_in_time_is_a_timeout_which_the_api_answers_503_and_a_later_failure_is_logged()
    {
        var backend = new TaskCompletionSource<string>();
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .Returns(backend.Task);
        _client.Setup(c => c.GetInstanceAsync("P-1", false, It.IsAny<CancellationToken>())).ReturnsAsync((OrchestrationMetadata?)null);
        _log.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

        var e = await Assert.ThrowsAsync<TimeoutException>(() => Impatient.StartNewLifecycleAsync("P-1", submitted: null));

        Assert.Contains("P-1", e.Message, StringComparison.Ordinal);
        Assert.True(new Http.TransportFailureClassifier().IsUnavailable(e));
        LoggedWarnings(Times.Never());

        // The start goes on; when it fails at last (and no lifecycle exists), the failure is logged, not lost unobserved.
        backend.SetException(new InvalidOperationException("storage away"));
        var deadline = Stopwatch.StartNew();
        while (!Logged(LogLevel.Warning) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        LoggedWarnings(Times.Once());
    }

    [Fact]
    public async Task A_lookup_before_a_start_is_bounded_too()
    {
        _client.Setup(c => c.GetInstanceAsync("P-1", false, It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource<OrchestrationMetadata?>().Task);

        await Assert.ThrowsAsync<TimeoutException>(() => Impatient.StartLifecycleAsync("P-1"));
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation_not_a_timeout_or_a_dropped_signal()
    {
        _client.Setup(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource().Task);
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Signals.ProjectChangedAsync("P-1", new ProjectChanged(7), aborted.Token));
    }

    private bool Logged(LogLevel level) => _log.Invocations.Any(i => i.Method.Name == nameof(ILogger.Log) && (LogLevel)i.Arguments[0] == level);

    private void LoggedWarnings(Times times) =>
        _log.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), (Func<It.IsAnyType, Exception?, string>)It.IsAny<object>()), times);
}
