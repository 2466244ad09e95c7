namespace XjKeji.Domain.Evidence;

/// <summary>
/// Stores evidence records per project and a hash index across all projects. Recording is idempotent by blob name:
/// the blob trigger may deliver the same blob twice, and a file must still be recorded once.
/// </summary>
public interface IEvidenceRepository
{
    /// <summary>Stores the pending record of a newly issued upload slot.</summary>
    Task ReserveAsync(EvidenceRecord pending, CancellationToken cancellationToken = default);

    /// <summary>The record of a blob, pending or processed, or null when no slot was issued for it.</summary>
    Task<EvidenceRecord?> FindAsync(string projectId, string blobName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a blob's record with its processing result (and, when accepted, adds it to the hash index) unless it
    /// was completed before.
    /// </summary>
    /// <returns>True when this call recorded it; false when it was already recorded (nothing is changed).</returns>
    Task<bool> RecordAsync(EvidenceRecord processed, CancellationToken cancellationToken = default);

    /// <summary>Every accepted file with this content hash, in any project.</summary>
    Task<IReadOnlyList<EvidenceHashEntry>> FindByHashAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>A project's evidence records, pending ones included, oldest first.</summary>
    Task<IReadOnlyList<EvidenceRecord>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records still pending, across all projects: slots issued whose file has not been processed (or not even
    /// uploaded). A host without a blob trigger processes these instead of listing the container, so its work follows
    /// what is waiting, not how many files were ever uploaded.
    /// </summary>
    Task<IReadOnlyList<EvidenceRecord>> ListPendingAsync(CancellationToken cancellationToken = default);
}
