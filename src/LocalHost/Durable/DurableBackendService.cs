using System.Diagnostics;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Options;
using XjKeji.Infrastructure;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Brings the durable backend up and down in order. Registered before the Durable Task worker, so it starts before the
/// worker connects and stops after the worker has disconnected (hosted services stop in reverse order).
/// Start: embedded Azurite (if any), task hub storage, orchestration service, gRPC sidecar. Stop: the reverse.
/// </summary>
internal sealed partial class DurableBackendService(
    IOptions<DurableBackendOptions> options,
    StorageConnection storage,
    SidecarChannel channel,
    ILoggerFactory loggerFactory,
    AzuriteProcess? embeddedAzurite) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableBackendService>();
    private AzureStorageOrchestrationService? _service;
    private SharedLifecycleOrchestrationService? _lifecycle;
    private SidecarServer? _sidecar;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var settings = options.Value;
        if (embeddedAzurite is not null)
        {
            await embeddedAzurite.StartAsync(cancellationToken);
            LogEmbeddedAzurite(_logger, embeddedAzurite.ToString(), clock.ElapsedMilliseconds);
        }

        _service = OrchestrationServiceFactory.Create(settings, storage, loggerFactory);
        _lifecycle = new SharedLifecycleOrchestrationService(_service, _logger, new ActivitySessionJanitor(_service, _logger));

        // Queues, tables and containers of the task hub; the service expects them before it starts.
        await _service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        // Started here rather than left to the sidecar (which starts it from a fire-and-forget handler once the worker
        // connects) so that a failure stops the host start instead of crashing the process later.
        await _lifecycle.StartAsync().WaitAsync(cancellationToken);

        _sidecar = await SidecarServer.StartAsync(_lifecycle, _service, loggerFactory, cancellationToken);
        channel.Publish(_sidecar.Port);
        LogStarted(_logger, settings.TaskHubName, settings.WorkerId, _sidecar.Port, clock.ElapsedMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_sidecar is not null)
            {
                await _sidecar.StopAsync(cancellationToken);
            }

            // Releases the partition leases now, so a successor (or this host restarted) takes them without waiting.
            if (_lifecycle is not null)
            {
                await _lifecycle.StopAsync().WaitAsync(cancellationToken);
            }
        }
        finally
        {
            if (embeddedAzurite is not null)
            {
                await embeddedAzurite.StopAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Also reached when the host start failed half-way, in which case StopAsync is never called.
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }

        _service?.Dispose();
        if (embeddedAzurite is not null)
        {
            await embeddedAzurite.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Azurite} ready after {ElapsedMs} ms")]
    private static partial void LogEmbeddedAzurite(ILogger logger, string azurite, long elapsedMs);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Durable backend ready: task hub {TaskHub}, worker {WorkerId}, sidecar 127.0.0.1:{Port}, {ElapsedMs} ms")]
    private static partial void LogStarted(ILogger logger, string taskHub, string workerId, int port, long elapsedMs);
}
