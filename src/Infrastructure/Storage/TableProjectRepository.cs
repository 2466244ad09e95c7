using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Projects on Table storage.
/// <para>Key design. Table <c>Projects</c>: PartitionKey = project id; RowKey <c>project</c> holds the project (its
/// snapshot as JSON, split over properties of at most 30,000 characters, plus plain columns for reading without
/// parsing); RowKeys <c>audit-000001</c>, <c>audit-000002</c>… hold the audit trail in the same partition. A save is one
/// entity-group transaction: replace the project row if its ETag still matches, and add the new audit rows — so the
/// project and its history never disagree, a stale ETag writes nothing, and a doubled audit row is impossible (adding
/// an existing RowKey fails the whole transaction). A project's history is one partition range query.</para>
/// <para>Table <c>ProjectIndex</c> serves the lists: PartitionKey <c>year|{year}|{program}</c> (a program year's projects,
/// filtered by Stage inside the partition) and <c>inst|{institution}</c> (an institution's projects), RowKey = project id,
/// columns = <see cref="ProjectSummary"/>. Index rows live in other partitions, so they are written after the
/// transaction; each carries the audit sequence it reflects and is only ever replaced by a newer one.
/// <see cref="RefreshIndexAsync"/> repairs a row missed by a crash between the two writes.</para>
/// <para>The same refresh keeps an approved project's facts in the year-end report's read model
/// (<see cref="ReportFactsTable"/>), under the same rule: only ever replaced by a newer state.</para>
/// </summary>
public sealed class TableProjectRepository : IProjectRepository
{
    private const string ProjectRow = "project";
    private const string AuditPrefix = "audit-";
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 30;
    private readonly TableClient _projects;
    private readonly TableClient _index;
    private readonly ReportFactsTable _reportFacts;

    /// <summary>Creates the repository on existing tables (projects, their index and the report's read model).</summary>
    public TableProjectRepository(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _projects = service.GetTableClient(names.Projects);
        _index = service.GetTableClient(names.ProjectIndex);
        _reportFacts = new ReportFactsTable(service, names);
    }

    /// <inheritdoc />
    public async Task<VersionedProject?> FindAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var response = await _projects.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(projectId), ProjectRow, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var entity = response.Value;
        var snapshot = JsonSerializer.Deserialize<ProjectSnapshot>(ReadChunks(entity), StorageJson.Options)
            ?? throw new InvalidDataException($"Project {projectId} has an empty snapshot.");
        return new VersionedProject(Project.Rehydrate(snapshot), entity.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task<string> CreateAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var etag = await SubmitAsync(project, new TableTransactionAction(TableTransactionActionType.Add, ToEntity(project)), cancellationToken);
        await RefreshIndexAsync(project, cancellationToken);
        return etag;
    }

    /// <inheritdoc />
    public async Task<string> SaveAsync(Project project, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var newEtag = await SubmitAsync(project, new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(project), new ETag(etag)), cancellationToken);
        await RefreshIndexAsync(project, cancellationToken);
        return newEtag;
    }

    /// <inheritdoc />
    public async Task RefreshIndexAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var summary = ProjectSummary.Of(project);
        // Three independent rows in three partitions: written at once, so a step waits for one round trip, not three.
        await Task.WhenAll(
            UpsertIfNewerAsync($"year|{summary.ProgramYear}|{summary.Program}", summary, cancellationToken),
            UpsertIfNewerAsync($"inst|{TableKeys.Escape(summary.InstitutionId)}", summary, cancellationToken),
            _reportFacts.UpsertAsync(project.ToSnapshot(), cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var pk = TableKeys.Escape(projectId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {AuditPrefix} and RowKey lt {"audit."}");
        var list = new List<AuditEntry>();
        await foreach (var e in _projects.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(AuditRows.FromEntity(projectId, e));
        }

        return [.. list.OrderBy(a => a.Sequence)];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ProjectSummary>> ListByProgramYearAsync(int programYear, ProgramCode program, ProjectStage? stage = null, CancellationToken cancellationToken = default)
    {
        var pk = $"year|{programYear}|{program}";
        var filter = stage is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {pk}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {pk} and Stage eq {stage.Value.ToString()}");
        return QueryIndexAsync(filter, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ProjectSummary>> ListByInstitutionAsync(string institutionId, CancellationToken cancellationToken = default) =>
        QueryIndexAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"inst|" + TableKeys.Escape(institutionId)}"), cancellationToken);

    private async Task<string> SubmitAsync(Project project, TableTransactionAction projectAction, CancellationToken cancellationToken)
    {
        if (project.PendingAudit.Count > 99)
        {
            throw new InvalidOperationException($"Project {project.Id} has {project.PendingAudit.Count} unsaved audit entries; a transaction holds at most 99.");
        }

        var actions = new List<TableTransactionAction> { projectAction };
        actions.AddRange(project.PendingAudit.Select(a => new TableTransactionAction(TableTransactionActionType.Add, AuditRows.ToEntity(a))));
        try
        {
            var response = await _projects.SubmitTransactionAsync(actions, cancellationToken);
            project.MarkAuditStored();
            if (response.Value[0].Headers.ETag is { } etag)
            {
                return etag.ToString();
            }

            // Not every service version returns per-operation ETags in a batch response; read the row back. If another
            // writer has saved since, its ETag is not ours to hand out: return none, so the caller's next save conflicts
            // and re-reads instead of overwriting that newer state.
            var row = await _projects.GetEntityAsync<TableEntity>(TableKeys.Escape(project.Id), ProjectRow, ["AuditSequence"], cancellationToken);
            return row.Value.GetInt32("AuditSequence") == project.AuditSequence ? row.Value.ETag.ToString() : string.Empty;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException("项目 (project)", project.Id);
        }
    }

    private static TableEntity ToEntity(Project project)
    {
        var json = JsonSerializer.Serialize(project.ToSnapshot(), StorageJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException($"Project {project.Id} is too large to store ({json.Length} characters).");
        }

        var e = new TableEntity(TableKeys.Escape(project.Id), ProjectRow)
        {
            ["Chunks"] = chunks,
            ["Stage"] = project.Stage.ToString(),
            ["ProgramYear"] = project.ProgramYear,
            ["Program"] = project.Program.ToString(),
            ["Category"] = project.Form.Category.ToString(),
            ["InstitutionId"] = project.InstitutionId,
            ["CallId"] = project.CallId,
            ["AuditSequence"] = project.AuditSequence,
            ["StageEnteredAt"] = project.StageEnteredAt.ToUniversalTime(),
        };
        for (var i = 0; i < chunks; i++)
        {
            e[$"Snapshot{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return e;
    }

    private static string ReadChunks(TableEntity e)
    {
        var chunks = e.GetInt32("Chunks") ?? 1;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => e.GetString($"Snapshot{i}")));
    }

    private async Task UpsertIfNewerAsync(string partitionKey, ProjectSummary summary, CancellationToken cancellationToken)
    {
        var rowKey = TableKeys.Escape(summary.ProjectId);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await _index.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var entity = IndexRows.ToEntity(partitionKey, rowKey, summary);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await _index.AddEntityAsync(entity, cancellationToken);
                }
                else if ((existing.Value.GetInt32("AuditSequence") ?? -1) < summary.AuditSequence)
                {
                    await _index.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another writer got there first; read again and compare sequences.
            }
        }

        // Five writers in a row won the race: the row holds a state at least as new as most of them. Whatever it
        // misses, the workflow's next SyncProjectActivity repairs through RefreshIndexAsync.
    }

    private async Task<IReadOnlyList<ProjectSummary>> QueryIndexAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<ProjectSummary>();
        await foreach (var e in _index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(IndexRows.FromEntity(e));
        }

        return list;
    }
}
