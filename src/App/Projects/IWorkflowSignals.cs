namespace XjKeji.App.Projects;

/// <summary>How handlers tell the workflow about changes they wrote. Implemented over the Durable Task client.</summary>
public interface IWorkflowSignals
{
    /// <summary>Starts the project's lifecycle, unless it is already running (the instance id is the project id).</summary>
    Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the lifecycle of a project that cannot have one yet: the first submission of a draft, just written. It skips
    /// the read of an existing instance that <see cref="StartLifecycleAsync"/> makes, a task-hub request on every
    /// submission of the deadline rush.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="submitted">The submission's signal, whose plan the lifecycle takes as its first (version 4); null for none.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    Task StartNewLifecycleAsync(string projectId, Workflow.ProjectChanged? submitted, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the project's lifecycle that the project changed, so it plans again from the stored project, or
    /// takes the plan <paramref name="change"/> carries (version 4). A lifecycle that
    /// does not exist (yet) or has ended ignores it: a lifecycle reads the project when it starts, so it cannot miss a
    /// change written before it existed.
    /// </summary>
    Task ProjectChangedAsync(string projectId, Workflow.ProjectChanged change, CancellationToken cancellationToken = default);
}
