using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// The outbox sender for local and test runs: "sending" an email is adding its row to table <c>Outbox</c>, where officers
/// and tests read it. The row's key is the deduplication key's hash, so a retried activity adds nothing.
/// Also the <see cref="IEmailLog"/> of every sender, since the SendGrid sender records what it sent in the same table.
/// </summary>
public sealed class TableOutbox : IEmailSender, IEmailLog
{
    private readonly TableClient _table;
    private readonly TimeProvider _time;

    /// <summary>Creates the outbox.</summary>
    public TableOutbox(TableServiceClient service, TableNames names, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Outbox);
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    internal TableClient Table => _table;

    /// <inheritdoc />
    public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await _table.AddEntityAsync(OutboxRows.ToEntity(message, _time.GetUtcNow(), OutboxRows.Sent), cancellationToken);
            return EmailSendOutcome.Sent;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return EmailSendOutcome.AlreadySent;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentEmail>> ListAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        var filter = projectId is null
            ? TableClient.CreateQueryFilter($"Status eq {OutboxRows.Sent}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {OutboxRows.Partition(projectId)} and Status eq {OutboxRows.Sent}");
        var list = new List<SentEmail>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(OutboxRows.FromEntity(e));
        }

        return [.. list.OrderBy(m => m.SentAt)];
    }
}
