using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.Functions.Workflow;

/// <summary>Activity <see cref="PerformStageStepActivity"/> as a function of the same name.</summary>
public static class PerformStageStepActivityFunction
{
    /// <summary>Runs the activity with its dependencies from the invocation's services.</summary>
    [Function(nameof(PerformStageStepActivity))]
    public static Task<StepOutcome> Run([ActivityTrigger] StepRequest input, FunctionContext context) =>
        ActivityFunction.RunAsync<PerformStageStepActivity, StepRequest, StepOutcome>(context, input);
}
