namespace XjKeji.Domain.Notifications;

/// <summary>
/// An email to send. <see cref="DeduplicationKey"/> identifies it across retries: a replayed or retried activity that sends
/// the same key again sends nothing.
/// </summary>
/// <param name="DeduplicationKey">Stable key, e.g. <c>{workflow instance}:reminder:3</c>; at most 200 characters, no <c>/ \ # ?</c>.</param>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject (Chinese).</param>
/// <param name="Body">Plain-text body (Chinese).</param>
/// <param name="Kind">What kind of email it is (for the outbox and metrics).</param>
/// <param name="ProjectId">The project it is about, if any.</param>
public sealed record EmailMessage(string DeduplicationKey, string To, string Subject, string Body, EmailKind Kind, string? ProjectId);

/// <summary>The kinds of email XjKeji sends.</summary>
public enum EmailKind
{
    /// <summary>A reminder before a deadline.</summary>
    DeadlineReminder = 1,

    /// <summary>The deadline has passed.</summary>
    OverdueNotice = 2,

    /// <summary>An overdue step is escalated to the officer.</summary>
    Escalation = 3,

    /// <summary>The project changed stage.</summary>
    StageNotice = 4,

    /// <summary>Daily digest of deadlines for officers.</summary>
    OfficerDigest = 5,

    /// <summary>Satisfaction survey.</summary>
    Survey = 6,

    /// <summary>Daily reminder to an expert of the applications they have not scored yet.</summary>
    ReviewReminder = 7,
}

/// <summary>What a send did.</summary>
public enum EmailSendOutcome
{
    /// <summary>Sent now.</summary>
    Sent = 1,

    /// <summary>A message with the same deduplication key was sent before; nothing was sent.</summary>
    AlreadySent = 2,
}
