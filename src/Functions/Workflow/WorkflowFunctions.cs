using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;

namespace XjKeji.Functions.Workflow;

/// <summary>
/// One-line wrappers: each orchestrator and activity of <see cref="TaskRegistration"/> as a function of the same name,
/// so orchestrators calling <c>nameof(Class)</c> find it. Activities are created per invocation from DI, as the Durable
/// Task worker does on LocalHost.
/// </summary>
public static class WorkflowFunctions
{
    /// <summary>Orchestrator <see cref="ProjectLifecycleOrchestrator"/>.</summary>
    [Function(nameof(ProjectLifecycleOrchestrator))]
    public static Task<LifecycleOutcome> ProjectLifecycle([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ProjectLifecycleOrchestrator().RunAsync(context, context.GetInput<LifecycleInput>()!);

    /// <summary>Orchestrator <see cref="StageOrchestrator"/>.</summary>
    [Function(nameof(StageOrchestrator))]
    public static Task<StageView> Stage([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new StageOrchestrator().RunAsync(context, context.GetInput<StageInput>()!);

    /// <summary>Activity <see cref="SyncProjectActivity"/>.</summary>
    [Function(nameof(SyncProjectActivity))]
    public static Task<StageView> SyncProject([ActivityTrigger] string projectId, FunctionContext function) =>
        Activity<SyncProjectActivity>(function).RunAsync(new FunctionTaskActivityContext(nameof(SyncProjectActivity), function), projectId);

    /// <summary>Activity <see cref="PlanStageActivity"/>.</summary>
    [Function(nameof(PlanStageActivity))]
    public static Task<StagePlan> PlanStage([ActivityTrigger] StageInput input, FunctionContext function) =>
        Activity<PlanStageActivity>(function).RunAsync(new FunctionTaskActivityContext(nameof(PlanStageActivity), function), input);

    /// <summary>Activity <see cref="PerformStageStepActivity"/>.</summary>
    [Function(nameof(PerformStageStepActivity))]
    public static Task<StepOutcome> PerformStageStep([ActivityTrigger] StepRequest input, FunctionContext function) =>
        Activity<PerformStageStepActivity>(function).RunAsync(new FunctionTaskActivityContext(nameof(PerformStageStepActivity), function), input);

    private static T Activity<T>(FunctionContext function)
        where T : class => ActivatorUtilities.CreateInstance<T>(function.InstanceServices);
}
