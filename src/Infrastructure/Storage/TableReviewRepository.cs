using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Review assignments in table <c>Reviews</c>: PartitionKey = call (a call's panels are read together for ranking),
/// RowKey = project and expert; the expert id is a column so an expert's own list is one filtered query. Writes carry
/// ETags, so a decline and a score sheet racing on one assignment cannot both win.
/// </summary>
public sealed class TableReviewRepository : IReviewRepository
{
    private const int TransactionLimit = 100;
    private readonly TableClient _table;

    /// <summary>Creates the repository.</summary>
    public TableReviewRepository(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.Reviews);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewAssignmentState>> ListByCallAsync(string callId, CancellationToken cancellationToken = default) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(callId)}"), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewAssignmentState>> ListByExpertAsync(string expertId, CancellationToken cancellationToken = default) =>
        QueryAsync(TableClient.CreateQueryFilter($"ExpertId eq {expertId}"), cancellationToken);

    /// <inheritdoc />
    public async Task<(ReviewAssignmentState State, string ETag)?> FindAsync(string callId, string projectId, string expertId, CancellationToken cancellationToken = default)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(callId), RowKey(projectId, expertId), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? (Read(e), e.ETag.ToString()) : null;
    }

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<ReviewAssignmentState> assignments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        foreach (var call in assignments.GroupBy(a => a.CallId, StringComparer.Ordinal))
        {
            foreach (var chunk in call.Chunk(TransactionLimit))
            {
                try
                {
                    await _table.SubmitTransactionAsync(chunk.Select(a => new TableTransactionAction(TableTransactionActionType.Add, Entity(a))), cancellationToken);
                }
                catch (TableTransactionFailedException e) when (e.Status == 409)
                {
                    throw new ConcurrencyConflictException("评审分配 (review assignment)", call.Key);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task UpdateAsync(ReviewAssignmentState state, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            await _table.UpdateEntityAsync(Entity(state), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException("评审分配 (review assignment)", $"{state.ProjectId}/{state.ExpertId}");
        }
    }

    private async Task<IReadOnlyList<ReviewAssignmentState>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<ReviewAssignmentState>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(Read(e));
        }

        return list;
    }

    private static string RowKey(string projectId, string expertId) => TableKeys.Escape(projectId) + "|" + TableKeys.Escape(expertId);

    private static TableEntity Entity(ReviewAssignmentState a) => new(TableKeys.Escape(a.CallId), RowKey(a.ProjectId, a.ExpertId))
    {
        ["ProjectId"] = a.ProjectId,
        ["ExpertId"] = a.ExpertId,
        ["Status"] = a.Status.ToString(),
        ["Json"] = JsonSerializer.Serialize(a, StorageJson.Options),
    };

    private static ReviewAssignmentState Read(TableEntity e) =>
        JsonSerializer.Deserialize<ReviewAssignmentState>(e.GetString("Json"), StorageJson.Options) ?? throw new InvalidDataException($"Review {e.RowKey} is empty.");
}
