using Azure;
using Azure.Data.Tables;
using XjKeji.App.Http;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Idempotency records in table <c>Idempotency</c>: PartitionKey = scope (caller and route), RowKey = the key. Reserving
/// is an add, so two concurrent requests with one key cannot both run. The reservation carries its time: one left in
/// flight past the lease belongs to a process that died mid-request, and a retry takes it over with the row's ETag, so
/// exactly one retry runs the request again.
/// </summary>
public sealed class TableIdempotencyStore : IIdempotencyStore
{
    private readonly TableClient _table;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _time;

    /// <summary>Creates the store with the default lease (<see cref="ApiLimits.IdempotencyLeaseSeconds"/>) on the system clock.</summary>
    public TableIdempotencyStore(TableServiceClient service, TableNames names)
        : this(service, names, new ApiLimits(), TimeProvider.System)
    {
    }

    /// <summary>Creates the store.</summary>
    public TableIdempotencyStore(TableServiceClient service, TableNames names, ApiLimits limits, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(limits);
        _table = service.GetTableClient(names.Idempotency);
        _lease = TimeSpan.FromSeconds(limits.IdempotencyLeaseSeconds);
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public async Task<IdempotencyRecord?> TryReserveAsync(string scope, string key, string requestHash, CancellationToken cancellationToken = default)
    {
        var reservation = Entity(scope, key, new IdempotencyRecord(requestHash, 0, null, null, null));
        reservation["ReservedAt"] = _time.GetUtcNow();
        try
        {
            await _table.AddEntityAsync(reservation, cancellationToken);
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = (await _table.GetEntityAsync<TableEntity>(reservation.PartitionKey, reservation.RowKey, cancellationToken: cancellationToken)).Value;
            var record = Record(existing);
            if (!record.InFlight || record.RequestHash != requestHash || ReservedAt(existing) + _lease > _time.GetUtcNow())
            {
                return record;
            }

            try
            {
                // Abandoned: only the retry whose replace matches the ETag it read gets to run the request.
                await _table.UpdateEntityAsync(reservation, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return null;
            }
            catch (RequestFailedException lost) when (lost.Status is 412 or 404)
            {
                return record;
            }
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

    private static IdempotencyRecord Record(TableEntity v) =>
        new(v.GetString("RequestHash"), v.GetInt32("Status") ?? 0, v.GetString("BodyJson"), v.GetString("ETag"), v.GetString("Location"));

    // Reservations written before the lease existed carry no ReservedAt; the row's own timestamp stands in.
    private static DateTimeOffset ReservedAt(TableEntity e) => e.GetDateTimeOffset("ReservedAt") ?? e.Timestamp ?? DateTimeOffset.MinValue;

    private static TableEntity Entity(string scope, string key, IdempotencyRecord r) => new(TableKeys.Escape(scope), TableKeys.Escape(key))
    {
        ["RequestHash"] = r.RequestHash,
        ["Status"] = r.Status,
        ["BodyJson"] = r.BodyJson,
        ["ETag"] = r.ETag,
        ["Location"] = r.Location,
    };
}
