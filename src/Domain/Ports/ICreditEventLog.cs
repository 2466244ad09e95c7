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
}
