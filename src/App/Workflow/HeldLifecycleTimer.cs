using Microsoft.DurableTask;

namespace XjKeji.App.Workflow;

/// <summary>
/// The durable timer a version-3 lifecycle waits on, kept across turns: a turn that an event ends leaves its timer
/// pending, and the next turn waits on that same timer whenever it fires no later than the turn needs.
/// </summary>
/// <remarks>
/// Why: on the Azure Storage backend a durable timer is a control-queue message, sent when it is created and kept until
/// it fires, cancelled or not. A fresh timer per turn cost each human step one more message and left one more pending:
/// the recheck a month ahead of every visit. Waking a little early (a recheck timer set a few turns ago) only costs a
/// plan. A step due before the pending timer gets a timer of its own, and the one it replaces is cancelled: the worker
/// splits a long timer into a chain of shorter ones, and a cancelled chain sets no further link.
/// </remarks>
internal sealed class HeldLifecycleTimer : IDisposable
{
    private Task? _pending;
    private DateTime _firesAt;
    private CancellationTokenSource? _cancel;

    /// <summary>A timer that fires by <paramref name="wanted"/>: the pending one if it does, otherwise a new one.</summary>
    /// <returns>The timer and when it fires.</returns>
    public (Task Timer, DateTime FiresAt) By(TaskOrchestrationContext context, DateTime wanted)
    {
        if (_pending is { IsCompleted: false } && _firesAt <= wanted)
        {
            return (_pending, _firesAt);
        }

        if (_pending is { IsCompleted: false })
        {
            // Replaced before it fired.
            _cancel!.CancelHere();
        }

        _cancel?.Dispose();
        _cancel = new CancellationTokenSource();
        _pending = context.CreateTimer(wanted, _cancel.Token);
        _firesAt = wanted;
        return (_pending, _firesAt);
    }

    /// <inheritdoc />
    public void Dispose() => _cancel?.Dispose();
}
