using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using XjKeji.App.Projects;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow;

/// <summary><see cref="IWorkflowSignals"/> over the Durable Task client; the same code serves both hosts.</summary>
public sealed partial class DurableWorkflowSignals : IWorkflowSignals
{
    private readonly DurableTaskClient _client;
    private readonly ILogger<DurableWorkflowSignals> _logger;

    /// <summary>Creates the signals.</summary>
    public DurableWorkflowSignals(DurableTaskClient client, ILogger<DurableWorkflowSignals> logger)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public async Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.Lifecycle(projectId);
        var existing = await _client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (existing is not null)
        {
            return;
        }

        try
        {
            await _client.ScheduleNewOrchestrationInstanceAsync(nameof(ProjectLifecycleOrchestrator), new LifecycleInput(projectId), new StartOrchestrationOptions(instanceId), cancellationToken);
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
    public async Task ProjectChangedAsync(string projectId, ProjectStage stageBefore, int enteredAtSequenceBefore, int auditSequence, CancellationToken cancellationToken = default)
    {
        var instanceId = StageInstanceIds.For(projectId, stageBefore, enteredAtSequenceBefore);
        try
        {
            await _client.RaiseEventAsync(instanceId, WorkflowEvents.ProjectChanged, new ProjectChanged(auditSequence), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is done and is what counts; the stage instance re-reads the project when it starts or wakes.
            LogSignalFailed(e, instanceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not signal {InstanceId}; it will pick the change up from storage.")]
    private partial void LogSignalFailed(Exception exception, string instanceId);
}
