using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using XjKeji.App.Workflow;

namespace XjKeji.Functions.Tests;

/// <summary>
/// Every orchestrator and activity of <see cref="TaskRegistration"/> has exactly one wrapper function named like its class
/// (orchestrators call activities by <c>nameof(Class)</c>), with the class's input and output types; and no wrapper exists
/// for a task the registration does not list. Forgetting a wrapper, or keeping a stale one, fails here.
/// </summary>
public sealed class TaskWrapperTests
{
    public static TheoryData<Type> Orchestrators => [.. TaskRegistration.Orchestrators];

    public static TheoryData<Type> Activities => [.. TaskRegistration.Activities];

    [Theory]
    [MemberData(nameof(Orchestrators))]
    public void Each_orchestrator_has_one_wrapper_of_its_name_and_types(Type orchestrator)
    {
        var wrapper = Assert.Single(FunctionCatalog.With<OrchestrationTriggerAttribute>(), f => f.Name == orchestrator.Name);
        var (_, output) = TaskTypes(orchestrator, typeof(TaskOrchestrator<,>));

        Assert.Equal(typeof(TaskOrchestrationContext), wrapper.TriggerParameter<OrchestrationTriggerAttribute>().ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(output), wrapper.Method.ReturnType);
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void Each_activity_has_one_wrapper_of_its_name_and_types(Type activity)
    {
        var wrapper = Assert.Single(FunctionCatalog.With<ActivityTriggerAttribute>(), f => f.Name == activity.Name);
        var (input, output) = TaskTypes(activity, typeof(TaskActivity<,>));

        Assert.Equal(input, wrapper.TriggerParameter<ActivityTriggerAttribute>().ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(output), wrapper.Method.ReturnType);
    }

    [Fact]
    public void There_is_no_wrapper_for_an_unregistered_task()
    {
        Assert.Equal(
            TaskRegistration.Orchestrators.Select(t => t.Name).Order(StringComparer.Ordinal),
            FunctionCatalog.With<OrchestrationTriggerAttribute>().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            TaskRegistration.Activities.Select(t => t.Name).Order(StringComparer.Ordinal),
            FunctionCatalog.With<ActivityTriggerAttribute>().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Function_names_are_unique()
    {
        var duplicates = FunctionCatalog.All.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    /// <summary>The TInput and TOutput of the task's base class (TaskOrchestrator or TaskActivity).</summary>
    private static (Type Input, Type Output) TaskTypes(Type task, Type openBase)
    {
        for (var type = task.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == openBase)
            {
                var arguments = type.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        throw new InvalidOperationException($"{task} does not derive from {openBase.Name}.");
    }
}
