using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using XjKeji.App.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>Which Durable client calls the workflow signals make: the requests each submission and step pays for.</summary>
public sealed class DurableWorkflowSignalsTests
{
    private readonly Mock<DurableTaskClient> _client = new(MockBehavior.Strict, "test");

    private DurableWorkflowSignals Signals => new(_client.Object, NullLogger<DurableWorkflowSignals>.Instance);

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
}
