using Microsoft.DurableTask.Client;

namespace XjKeji.Functions.Workflow;

/// <summary>
/// The Durable client of the current invocation. In the isolated worker the client arrives as a <c>[DurableClient]</c>
/// binding per invocation, not from DI (its gRPC address comes from the host with each call), so each HTTP function
/// puts it here for <see cref="FunctionsWorkflowSignals"/> to use while the request runs.
/// </summary>
internal static class DurableClientScope
{
    private static readonly AsyncLocal<DurableTaskClient?> CurrentClient = new();

    public static DurableTaskClient? Current => CurrentClient.Value;

    public static IDisposable Use(DurableTaskClient client)
    {
        var previous = CurrentClient.Value;
        CurrentClient.Value = client;
        return new Restore(previous);
    }

    private sealed class Restore(DurableTaskClient? previous) : IDisposable
    {
        public void Dispose() => CurrentClient.Value = previous;
    }
}
