using XjKeji.App.Evidence;
using XjKeji.Infrastructure.Blobs;

namespace XjKeji.LocalHost.Evidence;

/// <summary>
/// LocalHost's counterpart of the Functions BlobTrigger: polls the evidence container and hands every blob to the same
/// <see cref="EvidenceProcessor"/>. Processing is idempotent, so seeing a blob again costs one lookup and records nothing.
/// </summary>
internal sealed partial class EvidenceWatcher(BlobEvidenceStore blobs, EvidenceProcessor processor, IConfiguration configuration, ILogger<EvidenceWatcher> logger) : BackgroundService
{
    private readonly HashSet<string> _settled = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Evidence:WatchInterval", TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var name in blobs.ListBlobNamesAsync(stoppingToken))
                {
                    if (_settled.Contains(name))
                    {
                        continue;
                    }

                    var outcome = await processor.ProcessAsync(name, stoppingToken);
                    if (outcome.Result != EvidenceProcessingResult.Ignored)
                    {
                        _settled.Add(name);
                        LogProcessed(name, outcome.Result);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage hiccups heal; the next pass tries again.
                LogFailed(e);
            }

            await Task.Delay(interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence {Blob}: {Result}.")]
    private partial void LogProcessed(string blob, EvidenceProcessingResult result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence pass failed; retrying.")]
    private partial void LogFailed(Exception exception);
}
