using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Ports;

/// <summary>Stores annual calls (申报指南).</summary>
public interface ICallRepository
{
    /// <summary>The call, or null.</summary>
    Task<AnnualCall?> FindAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a call.</summary>
    Task SaveAsync(AnnualCall call, CancellationToken cancellationToken = default);

    /// <summary>Every call of a program year, or of all years.</summary>
    Task<IReadOnlyList<AnnualCall>> ListAsync(int? programYear = null, CancellationToken cancellationToken = default);
}
