using Azure;
using Azure.Data.Tables;
using XjKeji.App.Http;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Idempotency records in table <c>Idempotency</c>: PartitionKey = scope (caller and route), RowKey = the key. Reserving
/// is an add, so two concurrent requests with one key cannot both run.
/// </summary>
public sealed class TableIdempotencyStore : IIdempotencyStore
{
    private readonly TableClient _table;

    /// <summary>Creates the store.</summary>
    public TableIdempotencyStore(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Idempotency);
    }

    /// <inheritdoc />
    public async Task<IdempotencyRecord?> TryReserveAsync(string scope, string key, string requestHash, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.AddEntityAsync(Entity(scope, key, new IdempotencyRecord(requestHash, 0, null, null, null)), cancellationToken);
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await _table.GetEntityAsync<TableEntity>(TableKeys.Escape(scope), TableKeys.Escape(key), cancellationToken: cancellationToken);
            var v = existing.Value;
            return new IdempotencyRecord(v.GetString("RequestHash"), v.GetInt32("Status") ?? 0, v.GetString("BodyJson"), v.GetString("ETag"), v.GetString("Location"));
        }
    }

    /// <inheritdoc />
    public Task CompleteAsync(string scope, string key, IdempotencyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _table.UpsertEntityAsync(Entity(scope, key, record), TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken = default) =>
        _table.DeleteEntityAsync(TableKeys.Escape(scope), TableKeys.Escape(key), ETag.All, cancellationToken);

    private static TableEntity Entity(string scope, string key, IdempotencyRecord r) => new(TableKeys.Escape(scope), TableKeys.Escape(key))
    {
        ["RequestHash"] = r.RequestHash,
        ["Status"] = r.Status,
        ["BodyJson"] = r.BodyJson,
        ["ETag"] = r.ETag,
        ["Location"] = r.Location,
    };
}
