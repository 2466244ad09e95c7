using System.Collections.Concurrent;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Tests.Fakes;

/// <summary>Review assignments in memory, keyed like the Table adapter (call, project, expert); ETags are not checked.</summary>
internal sealed class InMemoryReviewRepository : IReviewRepository
{
    private readonly ConcurrentDictionary<(string Call, string Project, string Expert), ReviewAssignmentState> _rows = new();

    public Task<IReadOnlyList<ReviewAssignmentState>> ListByCallAsync(string callId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReviewAssignmentState>>([.. _rows.Values.Where(a => a.CallId == callId)]);

    public Task<IReadOnlyList<ReviewAssignmentState>> ListByExpertAsync(string expertId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReviewAssignmentState>>([.. _rows.Values.Where(a => a.ExpertId == expertId)]);

    public Task<(ReviewAssignmentState State, string ETag)?> FindAsync(string callId, string projectId, string expertId, CancellationToken cancellationToken = default) =>
        Task.FromResult<(ReviewAssignmentState, string)?>(_rows.TryGetValue((callId, projectId, expertId), out var s) ? (s, "*") : null);

    public Task AddAsync(IReadOnlyList<ReviewAssignmentState> assignments, CancellationToken cancellationToken = default)
    {
        foreach (var a in assignments)
        {
            if (!_rows.TryAdd((a.CallId, a.ProjectId, a.ExpertId), a))
            {
                throw new ConcurrencyConflictException("review", $"{a.CallId}/{a.ProjectId}/{a.ExpertId}");
            }
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(ReviewAssignmentState state, string etag, CancellationToken cancellationToken = default)
    {
        _rows[(state.CallId, state.ProjectId, state.ExpertId)] = state;
        return Task.CompletedTask;
    }
}
