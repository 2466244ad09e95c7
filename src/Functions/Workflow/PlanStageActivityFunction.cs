using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.Functions.Workflow;

/// <summary>Activity <see cref="PlanStageActivity"/> as a function of the same name.</summary>
public static class PlanStageActivityFunction
{
    /// <summary>Runs the activity with its dependencies from the invocation's services.</summary>
    [Function(nameof(PlanStageActivity))]
    public static Task<StagePlan> Run([ActivityTrigger] StageInput input, FunctionContext context) =>
        ActivityFunction.RunAsync<PlanStageActivity, StageInput, StagePlan>(context, input);
}
