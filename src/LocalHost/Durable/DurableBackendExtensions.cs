using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Grpc.Internal;
using Microsoft.Extensions.Options;
using XjKeji.Infrastructure;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.LocalHost.Durable;

/// <summary>Registers the local durable backend: Azure Storage (or an embedded Azurite), sidecar, worker and client.</summary>
public static class DurableBackendExtensions
{
    /// <summary>Configuration key of the storage connection string; empty means "run an embedded Azurite".</summary>
    public const string ConnectionStringKey = "Storage:ConnectionString";

    /// <summary>Optional configuration key for the embedded Azurite's data folder (default: .azurite at the repository root).</summary>
    public const string AzuriteLocationKey = "Storage:AzuriteLocation";

    /// <summary>
    /// Adds the Durable Task worker and <see cref="DurableTaskClient"/>, connected over gRPC to an in-process sidecar
    /// that runs on the Azure Storage backend, plus <see cref="StorageConnection"/> for the storage adapters.
    /// Call it before registering other hosted services that use the client at start-up, so the backend starts first.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="registerTasks">Registers the orchestrators and activities the worker runs.</param>
    public static IHostApplicationBuilder AddXjKejiDurableBackend(
        this IHostApplicationBuilder builder, Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var services = builder.Services;

        services.AddOptions<DurableBackendOptions>()
            .Bind(builder.Configuration.GetSection(DurableBackendOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The connection string must be known now, so the adapters can depend on a plain StorageConnection singleton.
        // An embedded Azurite therefore picks its ports here; it only starts with the host.
        var embeddedAzurite = CreateEmbeddedAzuriteIfNeeded(builder.Configuration);
        var connectionString = embeddedAzurite?.ConnectionString ?? builder.Configuration[ConnectionStringKey]!;
        services.AddSingleton(new StorageConnection(connectionString));
        services.AddSingleton<SidecarChannel>();

        // Before the worker: hosted services start in registration order and stop in reverse.
        services.AddHostedService(sp => new DurableBackendService(
            sp.GetRequiredService<IOptions<DurableBackendOptions>>(),
            sp.GetRequiredService<StorageConnection>(),
            sp.GetRequiredService<SidecarChannel>(),
            sp.GetRequiredService<ILoggerFactory>(),
            embeddedAzurite));

        services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(registerTasks);
            worker.UseGrpc();
            worker.Services.AddOptions<GrpcDurableTaskWorkerOptions>(worker.Name)
                .Configure<SidecarChannel>((grpc, sidecar) =>
                {
                    grpc.Channel = sidecar.Channel;

                    // This sidecar sends no health pings, so the worker's silent-disconnect check (120 s without a
                    // message) would drop and reopen the work-item stream on every quiet spell. It is an in-process
                    // loopback connection: there is no silent network failure to detect.
                    grpc.SetSilentDisconnectTimeout(TimeSpan.Zero);
                });
        });

        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc();
            client.RegisterDirectly();
            client.Services.AddOptions<GrpcDurableTaskClientOptions>(client.Name)
                .Configure<SidecarChannel>((grpc, sidecar) => grpc.Channel = sidecar.Channel);
        });

        return builder;
    }

    private static AzuriteProcess? CreateEmbeddedAzuriteIfNeeded(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionStringKey]))
        {
            return null;
        }

        var location = configuration[AzuriteLocationKey];
        if (string.IsNullOrWhiteSpace(location))
        {
            // .azurite/ at the repository root is git-ignored.
            location = Path.Combine(AzuriteLocator.FindRepositoryRoot(), ".azurite");
        }

        return new AzuriteProcess(new AzuriteOptions { Location = location });
    }
}
