using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using XjKeji.App.Workflow;

namespace XjKeji.Functions.Workflow;

/// <summary>Orchestrator <see cref="ProjectLifecycleOrchestrator"/> as a function of the same name.</summary>
public static class ProjectLifecycleOrchestratorFunction
{
    /// <summary>Runs the orchestrator; a new instance per episode, like the Durable Task worker.</summary>
    [Function(nameof(ProjectLifecycleOrchestrator))]
    public static Task<LifecycleOutcome> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ProjectLifecycleOrchestrator().RunAsync(context, context.GetInput<LifecycleInput>()!);
}
