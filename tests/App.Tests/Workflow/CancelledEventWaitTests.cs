using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace XjKeji.App.Tests.Workflow;

/// <summary>
/// What the Durable Task worker does with an event that arrives when the only wait registered for it was cancelled. Each
/// turn of a lifecycle waits afresh and cancels the wait its timer beat (<c>StageVisitStep</c>), so an event raised while
/// the step that follows runs meets exactly that: it must be kept for the next turn's wait, not handed to the cancelled
/// one and dropped (some versions of the worker hand an event to the last registered waiter, cancelled or not).
/// </summary>
public sealed class CancelledEventWaitTests
{
    private const string Event = "Changed";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_event_raised_while_only_a_cancelled_wait_is_registered_reaches_the_next_wait()
    {
        Assert.True(await RaiseDuringWindowAsync());
    }

    // The orchestration registers a wait and cancels it, then sleeps on a durable timer while the test raises the event,
    // then waits for the event again, up to a second durable timer. It answers whether it got the event.
    private static async Task<bool> RaiseDuringWindowAsync()
    {
        await using var host = await FreeLoopbackPort.StartAsync(port => DurableTaskTestHost.StartAsync(registry => registry.AddOrchestratorFunc<object?, bool>("Probe", async (context, _) =>
        {
            using var cancel = new CancellationTokenSource();
            _ = context.WaitForExternalEvent<int>(Event, cancel.Token);
#pragma warning disable CA1849 // orchestrator code cancels synchronously, on its own thread
            cancel.Cancel();
#pragma warning restore CA1849
            await context.CreateTimer(context.CurrentUtcDateTime + Window, CancellationToken.None);
            var again = context.WaitForExternalEvent<int>(Event);
            var giveUp = context.CreateTimer(context.CurrentUtcDateTime + Window, CancellationToken.None);
            return await Task.WhenAny(again, giveUp) == again;
        }), new DurableTaskTestHostOptions { Port = port, LoggerFactory = NullLoggerFactory.Instance }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Probe");
        await host.Client.WaitForInstanceStartAsync(id);
        await host.Client.RaiseEventAsync(id, Event, 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        return done.ReadOutputAs<bool>();
    }
}
