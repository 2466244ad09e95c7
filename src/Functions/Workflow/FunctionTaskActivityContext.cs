using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace XjKeji.Functions.Workflow;

/// <summary>
/// The activity context the App's activities expect, built from the Functions invocation: the activity trigger's binding
/// data carries the calling orchestration's <c>instanceId</c>.
/// </summary>
internal sealed class FunctionTaskActivityContext(string name, FunctionContext function) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } =
        function.BindingContext?.BindingData.TryGetValue("instanceId", out var id) == true ? id?.ToString() ?? string.Empty : string.Empty;
}
