using XjKeji.Domain.Projects;

namespace XjKeji.App.Projects;

/// <summary>How handlers tell the workflow about changes they wrote. Implemented over the Durable Task client.</summary>
public interface IWorkflowSignals
{
    /// <summary>Starts the project's lifecycle, unless it is already running (the instance id is the project id).</summary>
    Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the stage instance that was watching the project (identified by the stage and entering sequence before the
    /// change) that the project changed. An instance that does not exist (yet) is ignored: a stage instance reads the
    /// project when it starts, so it cannot miss a change written before it existed.
    /// </summary>
    Task ProjectChangedAsync(string projectId, ProjectStage stageBefore, int enteredAtSequenceBefore, int auditSequence, CancellationToken cancellationToken = default);
}
