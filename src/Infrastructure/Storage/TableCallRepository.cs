using System.Text.Json;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Calls in table <c>Calls</c>: one partition <c>call</c> (a department has a few calls a year), RowKey = call id, so
/// finding a call — done on every submission — is a point read; the program year is a column for the yearly list.
/// </summary>
public sealed class TableCallRepository : ICallRepository
{
    private const string Partition = "call";
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
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(callId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is not null ? Read(found.Value) : null;
    }

    /// <inheritdoc />
    public Task SaveAsync(AnnualCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        return _table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Escape(call.Id))
        {
            ["ProgramYear"] = call.ProgramYear,
            ["Json"] = JsonSerializer.Serialize(call, StorageJson.Options),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AnnualCall>> ListAsync(int? programYear = null, CancellationToken cancellationToken = default)
    {
        var filter = programYear is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ProgramYear eq {programYear.Value}");
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
