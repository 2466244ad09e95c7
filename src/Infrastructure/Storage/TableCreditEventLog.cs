using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Ports;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// The credit database in table <c>CreditEvents</c>: PartitionKey = <c>{Person|Institution}|{subject id}</c> (one
/// subject's record is one partition query), RowKey = the event's key, so recording the same event twice is a 409 that
/// means "already recorded".
/// </summary>
public sealed class TableCreditEventLog : ICreditEventLog
{
    private readonly TableClient _table;

    /// <summary>Creates the log.</summary>
    public TableCreditEventLog(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.CreditEvents);
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(CreditEvent creditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(creditEvent);
        var e = new TableEntity(Partition(creditEvent.SubjectKind, creditEvent.SubjectId), TableKeys.Escape(creditEvent.Key))
        {
            ["Key"] = creditEvent.Key,
            ["SubjectKind"] = creditEvent.SubjectKind.ToString(),
            ["SubjectId"] = creditEvent.SubjectId,
            ["Kind"] = creditEvent.Kind.ToString(),
            ["Points"] = creditEvent.Points,
            ["At"] = creditEvent.At.ToUniversalTime(),
            ["ProjectId"] = creditEvent.ProjectId,
            ["Reason"] = creditEvent.Reason,
        };
        try
        {
            await _table.AddEntityAsync(e, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CreditEvent>> ListAsync(CreditSubjectKind subjectKind, string subjectId, CancellationToken cancellationToken = default)
    {
        var list = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(subjectKind, subjectId)}"), cancellationToken);
        return [.. list.OrderBy(c => c.At)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CreditEvent>> ListOfKindsAsync(CreditSubjectKind subjectKind, IReadOnlyCollection<CreditEventKind> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            return [];
        }

        // The subject kind's partitions are one key range ('}' sorts right after '|'); the kinds filter within it.
        var range = TableClient.CreateQueryFilter($"PartitionKey ge {subjectKind + "|"} and PartitionKey lt {subjectKind + "}"}");
        var ofKinds = string.Join(" or ", kinds.Select(k => TableClient.CreateQueryFilter($"Kind eq {k.ToString()}")));
        return await QueryAsync($"{range} and ({ofKinds})", cancellationToken);
    }

    private async Task<List<CreditEvent>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<CreditEvent>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(new CreditEvent(e.GetString("Key"), Enum.Parse<CreditSubjectKind>(e.GetString("SubjectKind")), e.GetString("SubjectId"),
                Enum.Parse<CreditEventKind>(e.GetString("Kind")), e.GetInt32("Points") ?? 0, e.GetDateTimeOffset("At") ?? default, e.GetString("ProjectId"), e.GetString("Reason")));
        }

        return list;
    }

    private static string Partition(CreditSubjectKind kind, string id) => $"{kind}|{TableKeys.Escape(id)}";
}
