using System.Text.Json;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Calls in table <c>Calls</c>: PartitionKey = program year (a year's calls in one partition), RowKey = call id, the call as JSON.</summary>
public sealed class TableCallRepository : ICallRepository
{
    private readonly TableClient _table;

    /// <summary>Creates the repository.</summary>
    public TableCallRepository(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Calls);
    }

    /// <inheritdoc />
    public async Task<AnnualCall?> FindAsync(string callId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKeys.Escape(callId)}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            return Read(e);
        }

        return null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(AnnualCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);

        // A call whose year changed moves partition: remove the old row first.
        if (await FindAsync(call.Id, cancellationToken) is { } old && old.ProgramYear != call.ProgramYear)
        {
            await _table.DeleteEntityAsync(old.ProgramYear.ToString(System.Globalization.CultureInfo.InvariantCulture), TableKeys.Escape(call.Id), cancellationToken: cancellationToken);
        }

        await _table.UpsertEntityAsync(new TableEntity(call.ProgramYear.ToString(System.Globalization.CultureInfo.InvariantCulture), TableKeys.Escape(call.Id))
        {
            ["Json"] = JsonSerializer.Serialize(call, StorageJson.Options),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AnnualCall>> ListAsync(int? programYear = null, CancellationToken cancellationToken = default)
    {
        var filter = programYear is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {programYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        var list = new List<AnnualCall>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(Read(e));
        }

        return list;
    }

    private static AnnualCall Read(TableEntity e) =>
        JsonSerializer.Deserialize<AnnualCall>(e.GetString("Json"), StorageJson.Options) ?? throw new InvalidDataException($"Call {e.RowKey} is empty.");
}
