using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.Functions.Workflow;

/// <summary>Activity <see cref="SyncProjectActivity"/> as a function of the same name.</summary>
public static class SyncProjectActivityFunction
{
    /// <summary>Runs the activity with its dependencies from the invocation's services.</summary>
    [Function(nameof(SyncProjectActivity))]
    public static Task<StageView> Run([ActivityTrigger] string input, FunctionContext context) =>
        ActivityFunction.RunAsync<SyncProjectActivity, string, StageView>(context, input);
}
