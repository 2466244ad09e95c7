using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.Functions.Workflow;

namespace XjKeji.Functions.Tests;

/// <summary>The worker's workflow signals use the Durable client bound to the current invocation, and only that.</summary>
public sealed class WorkflowSignalsTests
{
    private readonly FunctionsWorkflowSignals _signals = new(NullLoggerFactory.Instance, new App.Workflow.WorkflowOptions());

    [Fact]
    public async Task A_signal_inside_the_scope_goes_through_the_invocations_client()
    {
        var client = new Mock<DurableTaskClient>("invocation");
        client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync("P-1:lifecycle");

        using (DurableClientScope.Use(client.Object))
        {
            await _signals.StartLifecycleAsync("P-1");
        }

        client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(new TaskName(nameof(ProjectLifecycleOrchestrator)), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Null(DurableClientScope.Current);
    }

    [Fact]
    public async Task A_signal_outside_any_invocation_fails_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _signals.StartLifecycleAsync("P-1"));
        Assert.Contains("[DurableClient]", error.Message, StringComparison.Ordinal);
    }
}
