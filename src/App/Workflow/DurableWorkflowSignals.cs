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

    /// <summary>Creates the signals.</summary>
    /// <param name="client">The Durable Task client.</param>
    /// <param name="logger">Where failed signals are logged.</param>
    /// <param name="lifecycleVersion">The workflow version new lifecycles start with: <see cref="WorkflowVersions.Current"/>, except in tests of an older version's path.</param>
    public DurableWorkflowSignals(DurableTaskClient client, ILogger<DurableWorkflowSignals> logger, int lifecycleVersion = WorkflowVersions.Current)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lifecycleVersion = lifecycleVersion;
    }

    /// <inheritdoc />
    public async Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default)
    {
        if (await _client.GetInstanceAsync(StageInstanceIds.Lifecycle(projectId), getInputsAndOutputs: false, cancellationToken) is null)
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
    public async Task StartNewLifecycleAsync(string projectId, ProjectChanged? submitted, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        try
        {
            await _client.ScheduleNewOrchestrationInstanceAsync(nameof(ProjectLifecycleOrchestrator), new LifecycleInput(projectId, _lifecycleVersion, submitted), new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A concurrent start of the same id loses the race; that is the idempotence we want. Anything else surfaces.
            if (await _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }
        }
    }

    /// <inheritdoc />
    public async Task ProjectChangedAsync(string projectId, ProjectChanged change, CancellationToken cancellationToken = default)
    {
        // To the lifecycle, whatever its version: from version 3 it watches the stage itself, and an older one passes the
        // event on to the stage instance it runs (ProjectLifecycleOrchestrator).
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        try
        {
            await _client.RaiseEventAsync(instanceId, WorkflowEvents.ProjectChanged, change, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is done and is what counts; the lifecycle re-reads the project when it starts or wakes.
            LogSignalFailed(e, instanceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not signal {InstanceId}; it will pick the change up from storage.")]
    private partial void LogSignalFailed(Exception exception, string instanceId);
}
