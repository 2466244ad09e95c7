using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// The year-end report's read model in table <c>ReportFacts</c>, written by the project and evidence adapters and read by
/// <see cref="TableReportFactsReader"/>.
/// <para>Key design. PartitionKey = program year. A project's facts are one property of a bucket row (RowKey
/// <c>f-0000</c>…<c>f-1023</c>), its accepted files one property of the matching <c>e-</c> row; bucket and property name
/// (<c>p</c> + 16 hex digits) come from the SHA-256 of the project id. So a year's report reads one partition of at most
/// 2,048 entities however many projects the year has. One row per project would be 100,000 entities for 100,000
/// projects: more than a partition serves in seconds (Azure's target is 2,000 entities/s per partition; Azurite returns
/// about 30,000/s).</para>
/// <para>A write reads only its own property (<c>$select</c>) and merges it back under the row's ETag: two small requests,
/// never a rewrite of the neighbours' facts; another writer of the same row makes it read again. A row holds at most
/// 252 properties, one of them a facts row's <c>PaidUntil</c>, so a program year holds about 200,000 approved projects
/// before a bucket fills (a write into a full row fails loudly).</para>
/// <para><c>PaidUntil</c> is the greatest <see cref="ReportFacts.LastYearCounted"/> of a facts row's entries, raised in the
/// same merge as the entry that needs it and never lowered, so a report of a later year can pass over an earlier program
/// year whose rows are all paid off (<see cref="PaidOffBeforeAsync"/>). A row written before the mark existed has none
/// and keeps none: its older entries are unknown.</para>
/// </summary>
internal sealed class ReportFactsTable
{
    /// <summary>Buckets per program year.</summary>
    public const int Buckets = 1024;

    private const string FactsRow = "f-";
    // On a facts row: the greatest ReportFacts.LastYearCounted of its entries, merged in the same request as each entry,
    // so it is never behind the row. A row written before the mark existed has none and is always read.
    private const string PaidUntil = "PaidUntil";
    private const string FilesRow = "e-";
    // An entity holds 1 MiB, a string 2 bytes a character: 4,000 characters an entry keeps a full row of ~250 entries
    // under the limit. A typical project's facts take 300–500, its file list ~100 a file; a longer entry is replaced by
    // a marker and read from the project's own rows.
    private const int MaxPropertyChars = 4_000;
    private const int MaxAttempts = 50;
    // Rows per page of a year's read. Azurite runs a query's filter over every entity of the table again for each page,
    // so small pages cost it a scan each (pages of 16 rows: 4.2 s of its CPU for a 100,000-project report, 128 rows: 1.7 s);
    // a bucket row holds up to ~250 projects' entries (40-80 KiB at 100,000 projects a year), so 128 rows are a few MiB.
    private const int ReadPageRows = 128;
    private readonly TableClient _table;
    private readonly TableClient _projects;
    private readonly TableClient _index;

    public ReportFactsTable(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.ReportFacts);
        _projects = service.GetTableClient(names.Projects);
        _index = service.GetTableClient(names.ProjectIndex);
    }

    /// <summary>Whether an entity property holds a project's entry.</summary>
    public static bool IsEntry(string propertyName) => propertyName.Length == 17 && propertyName[0] == 'p';

    /// <summary>The same, of a property name in UTF-8 (as a query page's JSON carries it).</summary>
    public static bool IsEntry(ReadOnlySpan<byte> utf8PropertyName) => utf8PropertyName.Length == 17 && utf8PropertyName[0] == (byte)'p';

    /// <summary>The partition of a program year.</summary>
    public static string Partition(int programYear) => programYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>Brings the project's facts up to its snapshot, unless a newer state is stored; projects never approved have none.</summary>
    public async Task UpsertAsync(ProjectSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (!ReportFacts.Concerns(snapshot))
        {
            return;
        }

        var facts = ReportFacts.Of(snapshot);
        var json = ReportFactsJson.Write(facts);
        if (json.Length > MaxPropertyChars)
        {
            json = ReportFactsJson.WriteTooLarge(snapshot.Id, snapshot.AuditSequence);
        }

        await MergeAsync(snapshot.ProgramYear, FactsRow, snapshot.Id, stored =>
            stored is not null && ReportFactsJson.ReadVersion(stored).AuditSequence >= snapshot.AuditSequence ? null : json, facts.LastYearCounted, cancellationToken);
    }

    /// <summary>Adds an accepted file to its project's list (in the project's program year); a project that does not exist has none.</summary>
    public async Task AddAcceptedFileAsync(string projectId, string institutionId, string blobName, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        if (await ProgramYearAsync(projectId, institutionId, cancellationToken) is not { } programYear)
        {
            return;
        }

        await MergeAsync(programYear, FilesRow, projectId, stored =>
        {
            var files = stored is null ? [] : ReportFactsJson.ReadFiles(stored).Files?.ToList();
            if (files is null || files.Any(f => f.BlobName == blobName))
            {
                return null;
            }

            files.Add((uploadedAt, blobName));
            var json = ReportFactsJson.WriteFiles(projectId, files);
            // Past the property's size the reader lists this project's evidence itself.
            return json.Length <= MaxPropertyChars ? json : ReportFactsJson.WriteFiles(projectId, null);
        }, lastYearCounted: null, cancellationToken);
    }

    /// <summary>
    /// Writes many projects' facts and accepted files at once: the entries are grouped by bucket row and each row is one
    /// merge request, over whatever the row holds (a property per project, so the last write of a project wins). For
    /// loading or rebuilding a year while nothing else writes it; the hosts keep the model current entry by entry.
    /// </summary>
    public async Task BulkWriteAsync(IEnumerable<(ProjectSnapshot Snapshot, IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)> AcceptedFiles)> projects, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var rows = new Dictionary<(string Pk, string Rk), TableEntity>();
        var lastYears = new Dictionary<TableEntity, int>(ReferenceEqualityComparer.Instance);
        TableEntity Put(int programYear, string rowPrefix, string projectId, string json)
        {
            var (bucket, property) = Locate(projectId);
            var key = (Partition(programYear), rowPrefix + bucket.ToString("D4", CultureInfo.InvariantCulture));
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = new TableEntity(key.Item1, key.Item2);
            }

            row[property] = json;
            return row;
        }

        foreach (var (snapshot, files) in projects)
        {
            // Facts only of projects that can count, files of every project: as UpsertAsync and AddAcceptedFileAsync do.
            if (ReportFacts.Concerns(snapshot))
            {
                var facts = ReportFacts.Of(snapshot);
                var json = ReportFactsJson.Write(facts);
                var row = Put(snapshot.ProgramYear, FactsRow, snapshot.Id, json.Length <= MaxPropertyChars ? json : ReportFactsJson.WriteTooLarge(snapshot.Id, snapshot.AuditSequence));
                lastYears[row] = Math.Max(lastYears.GetValueOrDefault(row, int.MinValue), facts.LastYearCounted);
            }

            if (files.Count > 0)
            {
                var list = ReportFactsJson.WriteFiles(snapshot.Id, files);
                Put(snapshot.ProgramYear, FilesRow, snapshot.Id, list.Length <= MaxPropertyChars ? list : ReportFactsJson.WriteFiles(snapshot.Id, null));
            }
        }

        await Parallel.ForEachAsync(rows.Values, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                if (lastYears.TryGetValue(row, out var lastYear))
                {
                    await MergeFactsRowAsync(row, lastYear, ct);
                }
                else
                {
                    await _table.UpsertEntityAsync(row, TableUpdateMode.Merge, ct);
                }
            });
    }

    // Merges a bulk facts row over the stored one under its ETag, raising its PaidUntil as an entry's write does.
    private Task MergeFactsRowAsync(TableEntity row, int lastYearCounted, CancellationToken cancellationToken) =>
        MergeUnderETagAsync(row.PartitionKey, row.RowKey, [PaidUntil], current =>
        {
            row.Remove(PaidUntil);
            if (RaisedPaidUntil(current, lastYearCounted) is { } raised)
            {
                row[PaidUntil] = raised;
            }

            return row;
        }, "the bulk write", cancellationToken);

    // The project's program year from its row in the institution's list, else from the project row itself (the list's
    // row may be missing after a crash until the workflow repairs it). Both are point reads; Azurite finds a project row
    // by going through every project row (they share the RowKey "project"), a list row by its own RowKey.
    private async Task<int?> ProgramYearAsync(string projectId, string institutionId, CancellationToken cancellationToken)
    {
        var listed = await _index.GetEntityIfExistsAsync<TableEntity>($"inst|{TableKeys.Escape(institutionId)}", TableKeys.Escape(projectId), ["ProgramYear"], cancellationToken);
        if (listed.HasValue && listed.Value?.GetInt32("ProgramYear") is { } year)
        {
            return year;
        }

        var project = await _projects.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(projectId), "project", ["ProgramYear"], cancellationToken);
        return project.HasValue ? project.Value?.GetInt32("ProgramYear") : null;
    }

    /// <summary>
    /// The facts rows (else the file rows) of a program year, as two queries over key ranges that can run at the same
    /// time (half the buckets, the other half).
    /// </summary>
    public IReadOnlyList<AsyncPageable<TableEntity>> ReadYear(int programYear, bool facts, CancellationToken cancellationToken)
    {
        var pk = Partition(programYear);
        var row = facts ? FactsRow : FilesRow;
        var half = row + (Buckets / 2).ToString("D4", CultureInfo.InvariantCulture);
        return
        [
            .. new[] { (row, half), (half, row + "~") }.Select(range =>
                _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {range.Item1} and RowKey lt {range.Item2}"), ReadPageRows, cancellationToken: cancellationToken)),
        ];
    }

    // Reads the project's property of its bucket row, asks change what to store (null: nothing), and merges that under
    // the row's ETag, again as long as other writers of the row get in between. A facts entry raises the row's PaidUntil
    // to its own last year counted in the same request.
    private async Task MergeAsync(int programYear, string rowPrefix, string projectId, Func<string?, string?> change, int? lastYearCounted, CancellationToken cancellationToken)
    {
        var (bucket, property) = Locate(projectId);
        var pk = Partition(programYear);
        var rk = rowPrefix + bucket.ToString("D4", CultureInfo.InvariantCulture);
        await MergeUnderETagAsync(pk, rk, lastYearCounted is null ? [property] : [property, PaidUntil], current =>
        {
            if (change(current?.GetString(property)) is not { } json)
            {
                return null;
            }

            var entity = new TableEntity(pk, rk) { [property] = json };
            if (RaisedPaidUntil(current, lastYearCounted) is { } raised)
            {
                entity[PaidUntil] = raised;
            }

            return entity;
        }, projectId, cancellationToken);
    }

    // Reads the row's selected properties (null: no row), asks build for the entity to merge (null: nothing), and merges
    // it under the row's ETag, or adds it when there was no row; again as long as other writers of the row get in between.
    private async Task MergeUnderETagAsync(string pk, string rk, IEnumerable<string> select, Func<TableEntity?, TableEntity?> build, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(pk, rk, select, cancellationToken);
            var current = row.HasValue ? row.Value : null;
            if (build(current) is not { } entity)
            {
                return;
            }

            try
            {
                if (current is null)
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Merge, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another project of the bucket was written in between: read again.
            }
        }

        throw new InvalidOperationException($"The report read model's row {pk}/{rk} changed under {MaxAttempts} writes in a row; {what} was not updated.");
    }

    // The PaidUntil to merge into a facts row (current: as stored, with that property selected; null: the row is new)
    // so that it covers lastYearCounted too; null when it already does, or when the row predates the mark and has none
    // (its older entries are unknown, so it must stay unmarked and be read).
    private static int? RaisedPaidUntil(TableEntity? current, int? lastYearCounted) => lastYearCounted switch
    {
        null => null,
        { } year when current is null => year,
        { } year => current.GetInt32(PaidUntil) is { } stored && stored < year ? year : null,
    };

    /// <summary>
    /// Whether every facts row of <paramref name="programYear"/> is marked as paid off before <paramref name="year"/>, so
    /// no project of it counts in that year's report (true too for a year with no facts). One query of the rows' marks.
    /// </summary>
    public async Task<bool> PaidOffBeforeAsync(int programYear, int year, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(programYear)} and RowKey ge {FactsRow} and RowKey lt {FactsRow + "~"}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: [PaidUntil], cancellationToken: cancellationToken))
        {
            if (row.GetInt32(PaidUntil) is not { } paidUntil || paidUntil >= year)
            {
                return false;
            }
        }

        return true;
    }

    private static (int Bucket, string Property) Locate(string projectId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(projectId), hash);
        var head = BinaryPrimitives.ReadUInt64BigEndian(hash);
        return ((int)(head % Buckets), "p" + Convert.ToHexStringLower(hash[..8]));
    }
}
