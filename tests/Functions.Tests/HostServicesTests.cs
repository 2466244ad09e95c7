using System.Reflection;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using XjKeji.App.Projects;
using XjKeji.App.Workflow;
using XjKeji.Domain.Ports;
using XjKeji.Functions.Workflow;
using XjKeji.Infrastructure.Email;

namespace XjKeji.Functions.Tests;

/// <summary>
/// The worker's container, built from the settings Azure gives it, can create every function class and every activity:
/// a dependency that only LocalHost registers fails here rather than at the first invocation in Azure.
/// </summary>
public sealed class HostServicesTests : IDisposable
{
    private readonly ServiceProvider _services = AzureSettings.Services(AzureSettings.Configuration());

    public static TheoryData<Type> FunctionClasses =>
        [.. FunctionCatalog.All.Where(f => !f.Method.IsStatic).Select(f => f.Method.DeclaringType!).Distinct()];

    public static TheoryData<Type> Activities => [.. TaskRegistration.Activities];

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void Every_function_class_can_be_created(Type functions) =>
        Assert.NotNull(ActivatorUtilities.CreateInstance(_services, functions));

    [Theory]
    [MemberData(nameof(Activities))]
    public void Every_activity_can_be_created(Type activity) =>
        Assert.NotNull(ActivatorUtilities.CreateInstance(_services, activity));

    [Fact]
    public void Orchestrators_have_the_parameterless_constructor_their_wrappers_use()
    {
        Assert.All(TaskRegistration.Orchestrators, t => Assert.NotNull(t.GetConstructor(Type.EmptyTypes)));
    }

    [Fact]
    public void Azure_settings_reach_storage_by_endpoint_and_mail_through_SendGrid()
    {
        Assert.Equal("xjkejistorage.table.core.chinacloudapi.cn", _services.GetRequiredService<TableServiceClient>().Uri.Host);
        Assert.IsType<SendGridEmailSender>(_services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public void Workflow_signals_go_through_the_invocations_client_and_nothing_asks_DI_for_one()
    {
        var signals = Assert.Single(_services.GetServices<IWorkflowSignals>());

        Assert.IsType<FunctionsWorkflowSignals>(signals);
        Assert.Null(_services.GetService<Microsoft.DurableTask.Client.DurableTaskClient>());
    }

    [Fact]
    public void Every_function_that_resolves_workflow_signals_binds_a_durable_client()
    {
        // Instance functions get their class from DI; if that class can reach IWorkflowSignals, each of its functions must
        // take [DurableClient] so DurableClientScope has a client while it runs.
        var signalling = FunctionCatalog.All.Where(f => !f.Method.IsStatic && ReachesSignals(f.Method.DeclaringType!, []));

        Assert.All(signalling, f => Assert.Contains(f.Method.GetParameters(), p => p.IsDefined(typeof(DurableClientAttribute))));
    }

    public void Dispose() => _services.Dispose();

    /// <summary>True when <paramref name="type"/>'s constructor depends, directly or through services, on IWorkflowSignals.</summary>
    private bool ReachesSignals(Type type, HashSet<Type> seen)
    {
        if (type == typeof(IWorkflowSignals))
        {
            return true;
        }

        // Only the app's own types lead anywhere; framework types (strings, options, loggers) never reach the signals.
        if (type.Namespace?.StartsWith("XjKeji", StringComparison.Ordinal) != true || !seen.Add(type))
        {
            return false;
        }

        var implementation = _services.GetService(type)?.GetType() ?? type;
        return implementation.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Any(p => ReachesSignals(p.ParameterType, seen));
    }
}
