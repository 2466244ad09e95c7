namespace XjKeji.App.Workflow;

/// <summary>Names of the external events the orchestrations wait for.</summary>
public static class WorkflowEvents
{
    /// <summary>Raised by a handler after it wrote a change of the project; carries <see cref="Workflow.ProjectChanged"/>.</summary>
    public const string ProjectChanged = nameof(Workflow.ProjectChanged);
}
