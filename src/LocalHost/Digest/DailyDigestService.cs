using XjKeji.App.Digest;
using XjKeji.App.Time;
using XjKeji.Domain.Calendar;

namespace XjKeji.LocalHost.Digest;

/// <summary>
/// LocalHost's counterpart of the Functions timers: sends the officers' digest and the experts' review reminders at 08:00
/// Beijing (business) time each day. With a compressed clock the days pass faster, as everything else does.
/// </summary>
internal sealed partial class DailyDigestService(OfficerDigest digest, ExpertReviewReminders reviewReminders, IBusinessClock clock, ILogger<DailyDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.Now;
            var today = ChinaStandardTime.DateOf(now);
            var next = ChinaStandardTime.StartOfDay(today).AddHours(8);
            if (next <= now)
            {
                next = ChinaStandardTime.StartOfDay(today.AddDays(1)).AddHours(8);
            }

            var wait = clock.ToWallUtc(next) - DateTime.UtcNow;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken);
            try
            {
                LogSent(await digest.SendAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed digest is retried the next day; the host must not stop for it.
                LogFailed(e);
            }

            try
            {
                var run = await reviewReminders.SendAsync(stoppingToken);
                LogReminded(run.Reminded, run.WithoutEmail.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Same: tomorrow's run reminds again; the officers' digest above is unaffected.
                LogRemindersFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Officer digest sent with {Rows} rows.")]
    private partial void LogSent(int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer digest failed.")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review reminders sent to {Reminded} experts; {WithoutEmail} experts with open reviews have no email address.")]
    private partial void LogReminded(int reminded, int withoutEmail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expert review reminders failed.")]
    private partial void LogRemindersFailed(Exception exception);
}
