using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using XjKeji.App.Workflow;

namespace XjKeji.Functions.Workflow;

/// <summary>Orchestrator <see cref="StageOrchestrator"/> as a function of the same name.</summary>
public static class StageOrchestratorFunction
{
    /// <summary>Runs the orchestrator; a new instance per episode, like the Durable Task worker.</summary>
    [Function(nameof(StageOrchestrator))]
    public static Task<StageView> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new StageOrchestrator().RunAsync(context, context.GetInput<StageInput>()!);
}
