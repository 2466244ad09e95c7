using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Digest;

namespace XjKeji.Functions.Digest;

/// <summary>The experts' daily review reminders at 08:00 Beijing time (00:00 UTC), with the officers' digest.</summary>
public sealed class ExpertReviewReminderFunction(ExpertReviewReminders reminders)
{
    /// <summary>Reminds each expert of their unscored applications; the key is the expert and the date, so a doubled timer sends one.</summary>
    [Function(nameof(ExpertReviewReminders))]
    public async Task<int> ExpertReviewReminders([TimerTrigger("0 0 0 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        (await reminders.SendAsync(cancellationToken)).Reminded;
}
