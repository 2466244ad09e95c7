using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Evidence;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Infrastructure.Blobs;

/// <summary>
/// Evidence records in table <c>{prefix}Evidence</c> (PartitionKey = project id, RowKey = escaped blob name: one
/// project's files are one partition query) and the hash index in <c>{prefix}EvidenceHashes</c> (PartitionKey = first
/// two hex digits of the SHA-256, RowKey = <c>{sha256}|{escaped blob name}</c>: one hash is one range query in one
/// partition, across every project). Completing a record is guarded by the ETag of the pending row, so of two
/// concurrent runs for one blob exactly one records. Created with the host's <see cref="TableNames"/>, it also adds each
/// accepted file to the year-end report's read model (<see cref="ReportFactsTable"/>).
/// </summary>
public sealed class TableEvidenceRepository : IEvidenceRepository
{
    private readonly TableServiceClient _service;
    private readonly TableClient _records;
    private readonly TableClient _hashes;
    private readonly ReportFactsTable? _reportFacts;

    /// <summary>
    /// Creates the repository on the given tables, without the report's read model: for tools and tests that never
    /// compute the year-end report. The hosts use <see cref="TableEvidenceRepository(TableServiceClient, TableNames)"/>.
    /// </summary>
    public TableEvidenceRepository(TableServiceClient service, string evidenceTable, string hashTable)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _records = service.GetTableClient(evidenceTable);
        _hashes = service.GetTableClient(hashTable);
    }

    /// <summary>Creates the repository on the host's tables, keeping the report's read model of accepted files.</summary>
    public TableEvidenceRepository(TableServiceClient service, TableNames names)
        : this(service, (names ?? throw new ArgumentNullException(nameof(names))).Evidence, names.EvidenceHashes)
    {
        _reportFacts = new ReportFactsTable(service, names);
    }

    /// <summary>Creates both tables if they do not exist.</summary>
    public async Task CreateTablesAsync(CancellationToken cancellationToken = default)
    {
        await _service.CreateTableIfNotExistsAsync(_records.Name, cancellationToken).ConfigureAwait(false);
        await _service.CreateTableIfNotExistsAsync(_hashes.Name, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReserveAsync(EvidenceRecord pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        await _records.AddEntityAsync(EvidenceRows.ToEntity(pending), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<EvidenceRecord?> FindAsync(string projectId, string blobName, CancellationToken cancellationToken = default)
    {
        var found = await _records.GetEntityIfExistsAsync<TableEntity>(EvidenceRows.Partition(projectId), EvidenceRows.Row(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? EvidenceRows.FromEntity(found.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(EvidenceRecord processed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(processed);
        var current = await _records.GetEntityIfExistsAsync<TableEntity>(EvidenceRows.Partition(processed.ProjectId), EvidenceRows.Row(processed.BlobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (current.HasValue && current.Value!.GetString("Status") != nameof(EvidenceStatus.Pending))
        {
            return false;
        }

        if (processed.Status == EvidenceStatus.Accepted && processed.Sha256 is not null)
        {
            // Index first: a crash after this and before the record leaves an index row for a pending file, which a
            // retry completes; the other order could leave an accepted file that duplicate checks never see.
            await _hashes.UpsertEntityAsync(EvidenceRows.ToHashEntity(processed), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        if (processed.Status == EvidenceStatus.Accepted && _reportFacts is not null)
        {
            // Before the record too, for the same reason; a file is added once, however often this runs.
            await _reportFacts.AddAcceptedFileAsync(processed.ProjectId, processed.InstitutionId, processed.BlobName, processed.UploadedAt, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var entity = EvidenceRows.ToEntity(processed);
            if (current.HasValue)
            {
                await _records.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _records.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceHashEntry>> FindByHashAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        var hash = sha256.ToLowerInvariant();
        // '}' sorts right after '|', so the range is exactly the rows starting with "{hash}|".
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {EvidenceRows.HashPartition(hash)} and RowKey ge {hash + "|"} and RowKey lt {hash + "}"}");
        var list = new List<EvidenceHashEntry>();
        await foreach (var e in _hashes.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(EvidenceRows.FromHashEntity(e));
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRecord>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var list = new List<EvidenceRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {EvidenceRows.Partition(projectId)}");
        await foreach (var e in _records.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(EvidenceRows.FromEntity(e));
        }

        return [.. list.OrderBy(r => r.UploadedAt).ThenBy(r => r.BlobName, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRecord>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<EvidenceRecord>();
        var filter = TableClient.CreateQueryFilter($"Status eq {EvidenceStatus.Pending.ToString()}");
        await foreach (var e in _records.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(EvidenceRows.FromEntity(e));
        }

        return [.. list.OrderBy(r => r.UploadedAt).ThenBy(r => r.BlobName, StringComparer.Ordinal)];
    }
}
