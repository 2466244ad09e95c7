using Microsoft.Azure.Functions.Worker;
using Moq;

namespace XjKeji.Functions.Tests;

/// <summary>A FunctionContext as the worker would pass it: the invocation's services and the trigger's binding data.</summary>
internal static class FakeInvocation
{
    public static FunctionContext With(IServiceProvider services, string? instanceId = null)
    {
        var bindingData = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (instanceId is not null)
        {
            bindingData["instanceId"] = instanceId;
        }

        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(bindingData);
        var function = new Mock<FunctionContext>();
        function.SetupGet(f => f.InstanceServices).Returns(services);
        function.SetupGet(f => f.BindingContext).Returns(binding.Object);
        return function.Object;
    }
}
