using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using XjKeji.App.Projects;

namespace XjKeji.App.Workflow;

/// <summary><see cref="IWorkflowSignals"/> over the Durable Task client; the same code serves both hosts.</summary>
public sealed partial class DurableWorkflowSignals : IWorkflowSignals
{
    private readonly DurableTaskClient _client;
    private readonly ILogger<DurableWorkflowSignals> _logger;
    private readonly int _lifecycleVersion;
    private readonly TimeSpan _backendWait;

    /// <summary>Creates the signals.</summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="logger">Where failed signals are logged.</param>
    /// <param name="lifecycleVersion">The workflow version new lifecycles start with: <see cref="WorkflowVersions.Current"/>, except in tests of an older version's path.</param>
    /// <param name="options">Gives <see cref="WorkflowOptions.BackendWait"/>; the defaults when null.</param>
    public DurableWorkflowSignals(DurableTaskClient client, ILogger<DurableWorkflowSignals> logger, int lifecycleVersion = WorkflowVersions.Current, WorkflowOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lifecycleVersion = lifecycleVersion;
        _backendWait = (options ?? new WorkflowOptions()).BackendWait;
    }

    /// <inheritdoc />
    public async Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        var found = await WithinBackendWaitAsync(wait => _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, wait), $"the lookup of {instanceId}", cancellationToken);
        if (found is null)
        {
            await StartNewLifecycleAsync(projectId, submitted: null, cancellationToken);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Should an instance exist after all (an operator started one for a draft), the backend either refuses the start,
    /// which is taken as done, or starts the instance afresh, which a version-3 lifecycle survives: it keeps no state of
    /// its own, plans from the stored project, and every step it takes is idempotent by key.
    /// </remarks>
    public Task StartNewLifecycleAsync(string projectId, ProjectChanged? submitted, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        return WithinBackendWaitAsync(
            async wait =>
            {
                try
                {
                    await _client.ScheduleNewOrchestrationInstanceAsync(nameof(ProjectLifecycleOrchestrator), new LifecycleInput(projectId, _lifecycleVersion, submitted), new StartOrchestrationOptions(instanceId), wait);
                }
                catch (Exception e) when (e is not OperationCanceledException && !wait.IsCancellationRequested)
                {
                    // A concurrent start of the same id loses the race; that is the idempotence we want. Anything else surfaces.
                    if (await _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, wait) is null)
                    {
                        throw;
                    }
                }

                return true;
            },
            $"the start of {instanceId}",
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task ProjectChangedAsync(string projectId, ProjectChanged change, CancellationToken cancellationToken = default)
    {
        // To the lifecycle, whatever its version: from version 3 it watches the stage itself, and an older one passes the
        // event on to the stage instance it runs (ProjectLifecycleOrchestrator).
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        try
        {
            await WithinBackendWaitAsync(
                async wait =>
                {
                    await _client.RaiseEventAsync(instanceId, WorkflowEvents.ProjectChanged, change, wait);
                    return true;
                },
                $"the signal to {instanceId}",
                cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The write is done and is what counts; the lifecycle re-reads the project at its next timer or recheck.
            LogSignalFailed(e, instanceId);
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> with at most <see cref="WorkflowOptions.BackendWait"/> to answer. Past that it is
    /// abandoned with a <see cref="TimeoutException"/>, which the API answers 503 with Retry-After; the caller's own
    /// cancellation stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    private async Task<T> WithinBackendWaitAsync<T>(Func<CancellationToken, Task<T>> call, string what, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_backendWait);
        try
        {
            return await call(wait.Token);
        }
        catch (Exception e) when (wait.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The gRPC client reports the cancellation as OperationCanceledException or as RpcException(Cancelled).
            throw new TimeoutException($"The workflow backend did not answer {what} within {_backendWait.TotalSeconds:0.#} s.", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not signal {InstanceId}; it will pick the change up from storage at its next timer or recheck.")]
    private partial void LogSignalFailed(Exception exception, string instanceId);
}
