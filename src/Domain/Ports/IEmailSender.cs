using XjKeji.Domain.Notifications;

namespace XjKeji.Domain.Ports;

/// <summary>Sends email at most once per deduplication key. Production: SendGrid; local and test runs: the outbox.</summary>
public interface IEmailSender
{
    /// <summary>Sends the message unless one with the same key was already sent.</summary>
    Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Reads the emails sent (or, locally, written to the outbox), for officers and tests.</summary>
public interface IEmailLog
{
    /// <summary>Emails recorded, oldest first; only those about one project when given.</summary>
    Task<IReadOnlyList<SentEmail>> ListAsync(string? projectId = null, CancellationToken cancellationToken = default);
}

/// <summary>An email as recorded, with when it was sent.</summary>
/// <param name="Message">The message.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record SentEmail(EmailMessage Message, DateTimeOffset SentAt);
