using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;

namespace XjKeji.LocalHost.Evidence;

/// <summary>
/// LocalHost's counterpart of the Functions blob trigger: every interval, a <see cref="PendingEvidenceSweep"/> hands the
/// file of each pending upload slot to the same <see cref="EvidenceProcessor"/>. Processing is idempotent, so a file
/// seen twice (a pass cut short by a kill) is recorded once.
/// </summary>
internal sealed partial class EvidenceWatcher(IEvidenceRepository evidence, EvidenceProcessor processor, IConfiguration configuration, ILogger<EvidenceWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Evidence:WatchInterval", TimeSpan.FromSeconds(1));
        var sweep = new PendingEvidenceSweep(evidence, processor);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await sweep.RunOnceAsync(stoppingToken);
                foreach (var (blob, result) in report.Processed)
                {
                    LogProcessed(blob, result);
                }

                foreach (var (blob, error) in report.Failed)
                {
                    LogFileFailed(error, blob);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence {Blob} could not be processed; the next pass retries it.")]
    private partial void LogFileFailed(Exception exception, string blob);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence pass failed; retrying.")]
    private partial void LogFailed(Exception exception);
}
