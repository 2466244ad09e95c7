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
    private readonly TimeSpan _signalWait;
    private readonly TimeSpan _startWait;

    /// <summary>Creates the signals.</summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="logger">Where failed signals are logged.</param>
    /// <param name="lifecycleVersion">The workflow version new lifecycles start with: <see cref="WorkflowVersions.Current"/>, except in tests of an older version's path.</param>
    /// <param name="options">Gives <see cref="WorkflowOptions.SignalWait"/> and <see cref="WorkflowOptions.StartWait"/>; the defaults when null.</param>
    public DurableWorkflowSignals(DurableTaskClient client, ILogger<DurableWorkflowSignals> logger, int lifecycleVersion = WorkflowVersions.Current, WorkflowOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lifecycleVersion = lifecycleVersion;
        options ??= new WorkflowOptions();
        (_signalWait, _startWait) = (options.SignalWait, options.StartWait);
    }

    /// <inheritdoc />
    public async Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        var lookup = _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None);
        await WithinAsync(_startWait, lookup, $"the lookup of {instanceId}", cancellationToken);
        if (await lookup is null)
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
    public Task StartNewLifecycleAsync(string projectId, ProjectChanged? submitted, CancellationToken cancellationToken = default) =>
        WithinAsync(_startWait, StartAsync(projectId, submitted), $"the start of {StageInstanceIds.Lifecycle(projectId)}", cancellationToken);

    /// <inheritdoc />
    public async Task ProjectChangedAsync(string projectId, ProjectChanged change, CancellationToken cancellationToken = default)
    {
        // To the lifecycle, whatever its version: from version 3 it watches the stage itself, and an older one passes the
        // event on to the stage instance it runs (ProjectLifecycleOrchestrator).
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        try
        {
            var raise = _client.RaiseEventAsync(instanceId, WorkflowEvents.ProjectChanged, change, CancellationToken.None);
            await WithinAsync(_signalWait, raise, $"the signal to {instanceId}", cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The write is done and is what counts; the lifecycle re-reads the project at its next timer or recheck.
            LogSignalFailed(e, instanceId);
        }
    }

    // Not cancelled with the request (nor is the signal): the change it follows is written, so it should go even if the
    // caller hung up or stopped waiting (WithinAsync).
    private async Task StartAsync(string projectId, ProjectChanged? submitted)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        try
        {
            await _client.ScheduleNewOrchestrationInstanceAsync(nameof(ProjectLifecycleOrchestrator), new LifecycleInput(projectId, _lifecycleVersion, submitted), new StartOrchestrationOptions(instanceId), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A concurrent start of the same id loses the race; that is the idempotence we want. Anything else surfaces.
            if (await _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None) is null)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Waits at most <paramref name="wait"/> for <paramref name="call"/>. Past that the caller gets a
    /// <see cref="TimeoutException"/>, which the API answers 503 with Retry-After, and the call goes on in the background
    /// with its failure, if any, logged: a signal may still arrive, a start may still happen (a retried submission finds
    /// it). The caller's own cancellation stops the wait, not the call, and stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    private async Task WithinAsync(TimeSpan wait, Task call, string what, CancellationToken cancellationToken)
    {
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            if (await Task.WhenAny(call, Task.Delay(wait, waiting.Token)) == call)
            {
                await waiting.CancelAsync();
                await call;
                return;
            }
        }

        _ = call.ContinueWith(t => LogLateFailure(t.Exception!, what), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
        throw new TimeoutException($"The workflow backend did not answer {what} within {wait.TotalSeconds:0.#} s; it goes on in the background.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workflow backend failed {What} after its request stopped waiting.")]
    private partial void LogLateFailure(Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not signal {InstanceId}, or not in time; should the signal be lost, the lifecycle picks the change up from storage at its next timer or recheck.")]
    private partial void LogSignalFailed(Exception exception, string instanceId);
}
