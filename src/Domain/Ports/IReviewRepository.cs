namespace XjKeji.Domain.Ports;

/// <summary>Review panels of calls: who reviews what, declines and score sheets.</summary>
public interface IReviewRepository
{
    /// <summary>Every assignment of a call.</summary>
    Task<IReadOnlyList<ReviewAssignmentState>> ListByCallAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Every assignment of an expert, across calls.</summary>
    Task<IReadOnlyList<ReviewAssignmentState>> ListByExpertAsync(string expertId, CancellationToken cancellationToken = default);

    /// <summary>One assignment with its ETag, or null.</summary>
    Task<(ReviewAssignmentState State, string ETag)?> FindAsync(string callId, string projectId, string expertId, CancellationToken cancellationToken = default);

    /// <summary>Adds new assignments; fails with <see cref="ConcurrencyConflictException"/> if one exists already.</summary>
    Task AddAsync(IReadOnlyList<ReviewAssignmentState> assignments, CancellationToken cancellationToken = default);

    /// <summary>Replaces an assignment if its ETag still matches (a decline or a score sheet).</summary>
    /// <exception cref="ConcurrencyConflictException">It changed since it was read.</exception>
    Task UpdateAsync(ReviewAssignmentState state, string etag, CancellationToken cancellationToken = default);
}
