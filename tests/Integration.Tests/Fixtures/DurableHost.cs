using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using XjKeji.LocalHost.Durable;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>
/// An in-process host with the LocalHost durable backend (<c>AddXjKejiDurableBackend</c>) on a given storage account,
/// for tests that register their own orchestrators. Starting a second one on the same storage, task hub and worker id
/// after stopping the first is how a restart is simulated.
/// </summary>
public sealed class DurableHost : IAsyncDisposable
{
    /// <summary>Worker id the tests use unless they say otherwise; stable, like LocalHost's.</summary>
    public const string DefaultWorkerId = "integration-tests";

    private readonly IHost _host;
    private bool _stopped;

    private DurableHost(IHost host) => _host = host;

    /// <summary>The client connected to this host's sidecar.</summary>
    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Builds and starts a host; returns once the backend is up and the worker is registered.</summary>
    public static async Task<DurableHost> StartAsync(
        string connectionString,
        string taskHub,
        Action<DurableTaskRegistry> registerTasks,
        string workerId = DefaultWorkerId)
    {
        // No defaults: no appsettings.json or environment variables from the test folder, no console logging.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DurableBackendExtensions.ConnectionStringKey] = connectionString,
            ["Durable:TaskHubName"] = taskHub,
            ["Durable:WorkerId"] = workerId,
        });
        builder.AddXjKejiDurableBackend(registerTasks);

        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return new DurableHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Stops gracefully: worker, sidecar, orchestration service (releasing its partition leases).</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
