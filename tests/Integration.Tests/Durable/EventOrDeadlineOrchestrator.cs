using Microsoft.DurableTask;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>
/// Waits for an approval event raced against a durable deadline timer, the shape of every human step in the workflow.
/// Input: the deadline in seconds. Output: "event:&lt;payload&gt;" or "deadline".
/// </summary>
public sealed class EventOrDeadlineOrchestrator : TaskOrchestrator<int, string>
{
    /// <summary>The event that ends the wait.</summary>
    public const string EventName = "Approved";

    /// <inheritdoc />
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var loser = new CancellationTokenSource();
        var approval = context.WaitForExternalEvent<string>(EventName, loser.Token);
        var deadline = context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input), loser.Token);

        var winner = await Task.WhenAny(approval, deadline);

        // Cancel the loser, or a pending timer keeps the instance Running. Synchronous on purpose: CancelAsync would
        // run the continuations off the orchestrator's thread.
#pragma warning disable CA1849
        loser.Cancel();
#pragma warning restore CA1849
        return winner == approval ? "event:" + await approval : "deadline";
    }
}
