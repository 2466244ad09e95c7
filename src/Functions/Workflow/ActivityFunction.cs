using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace XjKeji.Functions.Workflow;

/// <summary>
/// Runs an App activity for its one-line function wrapper as the Durable Task worker does on LocalHost: a new instance
/// per call, its constructor dependencies from the invocation's services, its name the class name.
/// </summary>
internal static class ActivityFunction
{
    public static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(FunctionContext function, TInput input)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(function);
        var activity = ActivatorUtilities.CreateInstance<TActivity>(function.InstanceServices);
        return activity.RunAsync(new FunctionTaskActivityContext(typeof(TActivity).Name, function), input);
    }
}
