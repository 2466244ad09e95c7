using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using XjKeji.App;
using XjKeji.App.Evidence;
using XjKeji.App.Http;
using XjKeji.App.Http.Identity;
using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Functions.Configuration;
using XjKeji.Functions.Workflow;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Functions;

/// <summary>
/// The worker's services, outside Program.cs so tests can build the same container and record which configuration keys
/// it reads (<see cref="FunctionsConfigurationKeys"/>).
/// </summary>
public static class FunctionsHostServices
{
    /// <summary>Adds the app, the storage adapters and the Functions-specific pieces (caller identity, workflow signals).</summary>
    public static IServiceCollection AddXjKejiFunctionsHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = WithHostDefaults(configuration);

        // Before AddXjKejiApp, whose TryAdd then keeps this one.
        services.TryAddSingleton(settings.GetSection(FunctionsConfigurationKeys.Api).Get<ApiLimits>() ?? new ApiLimits());
        services.AddXjKejiEvidenceSettings(settings.GetSection(FunctionsConfigurationKeys.Evidence));
        services.AddXjKejiApp(
            settings.GetSection(FunctionsConfigurationKeys.Workflow).Get<WorkflowOptions>(),
            settings.GetSection(FunctionsConfigurationKeys.WorkflowClock).Get<ClockOptions>());
        services.AddXjKejiStorage(settings);

        // In Azure the caller comes from App Service authentication; development tokens are never accepted here.
        services.AddSingleton<ICallerResolver, AppServicePrincipalResolver>();

        // AddXjKejiApp's DurableWorkflowSignals wants a DurableTaskClient from DI, but the isolated worker has none to give
        // (Worker.Extensions.DurableTask 1.21.1): its client provider and FunctionsDurableTaskClient are internal, and the
        // client is built per invocation from the [DurableClient] binding data, which carries the host's gRPC address and
        // task hub; the open requests for a DI client factory are azure-functions-durable-extension #2698 and #2736. Building
        // our own client against the task hub storage would duplicate host.json's task hub settings and bypass the host.
        // So the signals use the invocation's bound client instead: each function that may signal takes [DurableClient]
        // and opens a DurableClientScope, and this replacement reads it (one IWorkflowSignals registration, not two).
        services.Replace(ServiceDescriptor.Singleton<IWorkflowSignals, FunctionsWorkflowSignals>());
        return services;
    }

    /// <summary>
    /// This is the production host, so email goes through SendGrid unless <c>Email:Mode</c> says otherwise (a local
    /// <c>func start</c> sets <c>Email__Mode=Outbox</c>). The defaults sit below every real source, which still wins.
    /// </summary>
    private static IConfiguration WithHostDefaults(IConfiguration configuration) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FunctionsConfigurationKeys.EmailMode] = "SendGrid" })
            .AddConfiguration(configuration, shouldDisposeConfiguration: false)
            .Build();
}
