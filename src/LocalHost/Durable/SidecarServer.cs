using System.Net;
using DurableTask.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// The Durable Task gRPC sidecar (<see cref="TaskHubGrpcServer"/>) over a given orchestration service, in its own small
/// web host on 127.0.0.1 with HTTP/2 only (gRPC without TLS needs HTTP/2 prior knowledge, which an HTTP/1.1 endpoint
/// cannot offer). A separate host keeps it away from the app's URLs, its Kestrel settings and WebApplicationFactory.
/// This mirrors how <c>DurableTaskTestHost</c> builds its sidecar, with Azure Storage in place of the in-memory service.
/// </summary>
internal sealed class SidecarServer : IAsyncDisposable
{
    private readonly IHost _host;

    private SidecarServer(IHost host, int port)
    {
        _host = host;
        Port = port;
    }

    /// <summary>The port the sidecar listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <param name="service">Where the sidecar's dispatchers fetch and complete work items.</param>
    /// <param name="client">What the sidecar's client API (start, raise event, query) calls.</param>
    /// <param name="loggerFactory">The app's logger factory, so the app's log filters apply to the sidecar too.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SidecarServer> StartAsync(
        IOrchestrationService service,
        IOrchestrationServiceClient client,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        // A bare HostBuilder: no configuration sources, so the app's Kestrel and URL settings cannot leak in.
        var host = new HostBuilder()
            .ConfigureServices(services =>
            {
                services.AddSingleton(loggerFactory);
                services.AddSingleton<IHostLifetime, SidecarHostLifetime>();
                services.AddRouting();
                services.AddGrpc();
                services.AddSingleton(service);
                services.AddSingleton(client);
                services.AddSingleton<TaskHubGrpcServer>();
            })
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel => kestrel.Listen(
                    IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2))
                .Configure(app => app
                    .UseRouting()
                    .UseEndpoints(endpoints => endpoints.MapGrpcService<TaskHubGrpcServer>())))
            .Build();

        try
        {
            await host.StartAsync(cancellationToken);
            var address = host.Services.GetRequiredService<IServer>().Features
                .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new SidecarServer(host, new Uri(address).Port);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stops listening. Stopping also tells the sidecar's dispatchers to stop, and they then stop the orchestration
    /// service in the background (the sidecar does not await it; see <see cref="SharedLifecycleOrchestrationService"/>).
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) => _host.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
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
