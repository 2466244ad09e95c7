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

    private void Schedules() =>
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(new TaskName(nameof(ProjectLifecycleOrchestrator)), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<TaskName, object?, StartOrchestrationOptions?, CancellationToken>((_, input, options, _) =>
            {
                Assert.Equal(new LifecycleInput("P-1", WorkflowVersions.Current), input);
                Assert.Equal("P-1", options!.InstanceId);
            })
            .ReturnsAsync("P-1");

    private void Exists(bool exists) =>
        _client.Setup(c => c.GetInstanceAsync("P-1", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(exists ? new OrchestrationMetadata(nameof(ProjectLifecycleOrchestrator), "P-1") : null);

    [Fact]
    public async Task A_first_submissions_lifecycle_is_scheduled_without_reading_for_an_existing_one()
    {
        Schedules();

        await Signals.StartNewLifecycleAsync("P-1");

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

        await Signals.StartNewLifecycleAsync("P-1");
    }

    [Fact]
    public async Task A_change_is_signalled_to_the_lifecycle_whatever_stage_the_project_left()
    {
        _client.Setup(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, new ProjectChanged(7), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        await Signals.ProjectChangedAsync("P-1", 7);

        _client.Verify(c => c.RaiseEventAsync("P-1", WorkflowEvents.ProjectChanged, new ProjectChanged(7), It.IsAny<CancellationToken>()), Times.Once);
    }
}
