using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow;

/// <summary>
/// Deterministic instance ids: the lifecycle of project P is <c>P</c>; its visit of a stage is <c>P:Stage:N</c>, N being the
/// audit sequence that entered the stage. A handler can therefore signal the right instance from the project row alone,
/// and starting an instance twice is harmless.
/// </summary>
public static class StageInstanceIds
{
    /// <summary>The lifecycle instance of a project.</summary>
    public static string Lifecycle(string projectId) => projectId;

    /// <summary>The instance watching one visit of a stage.</summary>
    public static string For(string projectId, ProjectStage stage, int enteredAtSequence) => $"{projectId}:{stage}:{enteredAtSequence}";
}
