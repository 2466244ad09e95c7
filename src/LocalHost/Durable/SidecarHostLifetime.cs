using Microsoft.Extensions.Hosting;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Lifetime of the sidecar's inner host. The default console lifetime would react to Ctrl+C and SIGTERM by itself,
/// stopping the sidecar before the worker that depends on it; this one leaves start and stop to the outer host.
/// </summary>
internal sealed class SidecarHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
