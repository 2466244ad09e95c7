using System.Text.Json;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Review;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Experts in table <c>Experts</c>: one partition <c>expert</c> (a provincial pool holds thousands, read whole for each
/// assignment run), RowKey = expert id, the record as JSON. Saves go in entity-group transactions of 100, the most
/// Table storage takes in one.
/// </summary>
public sealed class TableExpertRepository : IExpertRepository
{
    private const string Partition = "expert";
    private const int TransactionLimit = 100;
    private readonly TableClient _table;

    /// <summary>Creates the repository.</summary>
    public TableExpertRepository(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Experts);
    }

    /// <inheritdoc />
    public async Task<Expert?> FindAsync(string expertId, CancellationToken cancellationToken = default)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(expertId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? Read(found.Value) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Expert>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Expert>();
        await foreach (var e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            list.Add(Read(e));
        }

        return [.. list.OrderBy(x => x.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task SaveAsync(IReadOnlyList<Expert> experts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experts);
        foreach (var chunk in experts.DistinctBy(x => x.Id).Chunk(TransactionLimit))
        {
            var actions = chunk.Select(x => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, TableKeys.Escape(x.Id))
            {
                ["Name"] = x.Name,
                ["Json"] = JsonSerializer.Serialize(x, StorageJson.Options),
            }));
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    private static Expert Read(TableEntity e) =>
        JsonSerializer.Deserialize<Expert>(e.GetString("Json"), StorageJson.Options) ?? throw new InvalidDataException($"Expert {e.RowKey} is empty.");
}
