using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Ports;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Findings in table <c>Misconduct</c>: PartitionKey = subject kind and id (a subject's findings read together at each
/// submission), RowKey = finding id, the finding as JSON. Findings are few, so reading them all is one small query.
/// </summary>
public sealed class TableMisconductRegistry : IMisconductRegistry
{
    private readonly TableClient _table;

    /// <summary>Creates the registry.</summary>
    public TableMisconductRegistry(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Misconduct);
    }

    /// <inheritdoc />
    public async Task RecordAsync(MisconductFinding finding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        try
        {
            await _table.AddEntityAsync(new TableEntity(Partition(finding.SubjectKind, finding.SubjectId), TableKeys.Escape(finding.Id))
            {
                ["Json"] = JsonSerializer.Serialize(finding, StorageJson.Options),
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already recorded: a retried request records once.
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MisconductFinding>> ListAsync(CreditSubjectKind subjectKind, string subjectId, CancellationToken cancellationToken = default) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(subjectKind, subjectId)}"), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<MisconductFinding>> ListAllAsync(CancellationToken cancellationToken = default) => QueryAsync(null, cancellationToken);

    private async Task<IReadOnlyList<MisconductFinding>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var list = new List<MisconductFinding>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<MisconductFinding>(e.GetString("Json"), StorageJson.Options) ?? throw new InvalidDataException($"Finding {e.RowKey} is empty."));
        }

        return [.. list.OrderBy(f => f.RecordedAt)];
    }

    private static string Partition(CreditSubjectKind kind, string id) => $"{kind}|{TableKeys.Escape(id)}";
}
