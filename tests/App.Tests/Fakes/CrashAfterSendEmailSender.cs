using System.Collections.Concurrent;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Tests.Fakes;

/// <summary>
/// Sends through <see cref="RecordingEmailSender"/>, but the first attempt at each chosen email fails after it was sent,
/// as a worker dying between the outbox write and the activity's completion would: the activity fails and is retried.
/// </summary>
internal sealed class CrashAfterSendEmailSender(RecordingEmailSender inner, Func<EmailMessage, bool> crashOn) : IEmailSender
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>Attempts per deduplication key, including the ones that crashed.</summary>
    public IReadOnlyDictionary<string, int> Attempts => _attempts;

    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var attempt = _attempts.AddOrUpdate(message.DeduplicationKey, 1, (_, n) => n + 1);
        var outcome = await inner.SendAsync(message, cancellationToken);
        if (attempt == 1 && crashOn(message))
        {
            throw new IOException($"Connection lost after sending {message.DeduplicationKey}.");
        }

        return outcome;
    }
}
