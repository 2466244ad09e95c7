using System.Collections.Concurrent;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Tests.Fakes;

/// <summary>Records sent emails, deduplicated by key like the real senders, and counts every attempt.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentDictionary<string, EmailMessage> _sent = new(StringComparer.Ordinal);
    private int _attempts;

    public int Attempts => _attempts;

    public IReadOnlyList<EmailMessage> Sent => [.. _sent.Values];

    public Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        return Task.FromResult(_sent.TryAdd(message.DeduplicationKey, message) ? EmailSendOutcome.Sent : EmailSendOutcome.AlreadySent);
    }
}
