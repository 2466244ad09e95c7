using Microsoft.DurableTask;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>The smallest useful orchestration: one activity call, used to measure a round trip.</summary>
public sealed class GreetingOrchestrator : TaskOrchestrator<string, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<string>(nameof(GreetingActivity), input);
    }
}

/// <summary>Returns a greeting.</summary>
public sealed class GreetingActivity : TaskActivity<string, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult("hello " + input);
}
