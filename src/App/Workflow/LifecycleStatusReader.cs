using Microsoft.DurableTask.Client;

namespace XjKeji.App.Workflow;

/// <summary>
/// Reads a project's lifecycle instance for the operators' routes, waiting at most <see cref="WorkflowOptions.SignalWait"/>.
/// During a storage outage the workflow backend retries its own reads for about half a minute; a read may be given up
/// (nothing is written), so the operator gets 503 with Retry-After instead of a hanging request.
/// </summary>
/// <param name="client">The Durable Task client.</param>
/// <param name="options">Gives <see cref="WorkflowOptions.SignalWait"/>.</param>
public sealed class LifecycleStatusReader(DurableTaskClient client, WorkflowOptions options)
{
    /// <summary>The lifecycle of <paramref name="projectId"/> with its input, output and custom status, or null when it has none.</summary>
    /// <exception cref="TimeoutException">The backend did not answer within the wait; the API answers 503.</exception>
    public async Task<OrchestrationMetadata?> ReadAsync(string projectId, CancellationToken cancellationToken = default)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(options.SignalWait);
        try
        {
            return await client.GetInstanceAsync(StageInstanceIds.Lifecycle(projectId), getInputsAndOutputs: true, bounded.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The workflow backend did not answer the lookup of {projectId}'s lifecycle within {options.SignalWait.TotalSeconds:0.#} s.", e);
        }
    }
}
