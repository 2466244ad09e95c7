namespace XjKeji.App.Workflow;

/// <summary>How orchestrator code cancels a durable timer or event wait it no longer needs.</summary>
internal static class OrchestratorCancellation
{
    /// <summary>
    /// Cancels synchronously, on the orchestration's own thread: <c>CancelAsync</c> may run the callbacks on another
    /// thread, and orchestrator code must stay on its own to replay deterministically.
    /// </summary>
    public static void CancelHere(this CancellationTokenSource source)
    {
#pragma warning disable CA1849 // the asynchronous form is the one that must not be used here
        source.Cancel();
#pragma warning restore CA1849
    }
}
