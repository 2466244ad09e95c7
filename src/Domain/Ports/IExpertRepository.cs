using XjKeji.Domain.Review;

namespace XjKeji.Domain.Ports;

/// <summary>
/// 专家信息库: the expert database. Experts are never deleted, only made unavailable, so past panels stay explainable.
/// </summary>
public interface IExpertRepository
{
    /// <summary>The expert with this id, or null.</summary>
    Task<Expert?> FindAsync(string expertId, CancellationToken cancellationToken = default);

    /// <summary>Every expert, ordered by id.</summary>
    Task<IReadOnlyList<Expert>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces experts (one or many, e.g. a validated import).</summary>
    Task SaveAsync(IReadOnlyList<Expert> experts, CancellationToken cancellationToken = default);
}
