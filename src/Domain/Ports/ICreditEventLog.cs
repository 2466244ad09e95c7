using XjKeji.Domain.Credit;

namespace XjKeji.Domain.Ports;

/// <summary>The credit database (信用库): append-only credit events, idempotent by key.</summary>
public interface ICreditEventLog
{
    /// <summary>Records the event unless one with the same key exists.</summary>
    /// <returns>True when recorded now; false when it was already there.</returns>
    Task<bool> RecordAsync(CreditEvent creditEvent, CancellationToken cancellationToken = default);

    /// <summary>Every event of one subject, oldest first.</summary>
    Task<IReadOnlyList<CreditEvent>> ListAsync(CreditSubjectKind subjectKind, string subjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every event of the given kinds of every subject of one kind, in no particular order: one read for the year-end
    /// report's deadline records rather than one per institution.
    /// </summary>
    Task<IReadOnlyList<CreditEvent>> ListOfKindsAsync(CreditSubjectKind subjectKind, IReadOnlyCollection<CreditEventKind> kinds, CancellationToken cancellationToken = default);
}
