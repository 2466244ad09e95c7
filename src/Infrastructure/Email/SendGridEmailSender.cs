using Azure;
using Azure.Data.Tables;
using SendGrid;
using SendGrid.Helpers.Mail;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Infrastructure.Email;

/// <summary>
/// Sends through SendGrid, at most once per deduplication key: the outbox row is added as <c>Sending</c> before the call
/// (a second attempt finds it and stops) and marked <c>Sent</c> after. Only a crash between SendGrid accepting the mail
/// and the row being marked can send twice, and only after <see cref="SendGridOptions.StaleSendingAfter"/>, when one
/// retry (the one that takes the stale row over with its ETag) sends again: at least once, never twice at the same time.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    private readonly SendGridClient _client;
    private readonly SendGridOptions _options;
    private readonly TableClient _outbox;
    private readonly TimeProvider _time;

    /// <summary>Creates the sender.</summary>
    public SendGridEmailSender(SendGridOptions options, TableOutbox outbox, TimeProvider time)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(outbox);
        _outbox = outbox.Table;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        var clientOptions = new SendGridClientOptions { ApiKey = options.ApiKey };
        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            clientOptions.Host = options.Host;
        }

        _client = new SendGridClient(clientOptions);
    }

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = OutboxRows.ToEntity(message, _time.GetUtcNow(), OutboxRows.Sending);
        try
        {
            await _outbox.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await _outbox.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value;
            if (existing.GetString("Status") == OutboxRows.Sent)
            {
                return EmailSendOutcome.AlreadySent;
            }

            var stale = existing.GetDateTimeOffset("SentAt") < _time.GetUtcNow() - _options.StaleSendingAfter;
            if (!stale)
            {
                throw InProgress(message);
            }

            // Take over the crashed attempt's row with its ETag: of several retries that find it stale together, only the
            // one whose update wins sends; the others see 412 and retry later, by which time the row says Sent.
            try
            {
                await _outbox.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException claim) when (claim.Status is 404 or 412)
            {
                throw InProgress(message, claim);
            }
        }

        var mail = MailHelper.CreateSingleEmail(new EmailAddress(_options.FromAddress, _options.FromName), new EmailAddress(message.To), message.Subject, message.Body, null);
        mail.AddCustomArg("dedupKey", message.DeduplicationKey);
        var response = await _client.SendEmailAsync(mail, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await _outbox.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            throw new SendGridException((int)response.StatusCode, await response.Body.ReadAsStringAsync(cancellationToken));
        }

        row["Status"] = OutboxRows.Sent;
        row["SentAt"] = _time.GetUtcNow();
        await _outbox.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return EmailSendOutcome.Sent;
    }

    private static InvalidOperationException InProgress(EmailMessage message, Exception? inner = null) =>
        new($"Email {message.DeduplicationKey} is being sent by another attempt; retry later.", inner);
}

/// <summary>SendGrid refused a message; the activity retries.</summary>
public sealed class SendGridException : Exception
{
    /// <summary>Creates the error.</summary>
    public SendGridException(int status, string body)
        : base($"SendGrid answered {status}: {body}")
    {
        Status = status;
    }

    /// <summary>The HTTP status SendGrid answered.</summary>
    public int Status { get; }
}
