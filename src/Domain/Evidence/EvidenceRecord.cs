using XjKeji.Domain.Common;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Evidence;

/// <summary>
/// One evidence file of a project, identified by its blob name. Created <see cref="EvidenceStatus.Pending"/> when the
/// upload slot is issued (so the processor knows who uploaded what kind for which stage), then completed once with the
/// hash, size and detected type.
/// </summary>
/// <param name="ProjectId">The project.</param>
/// <param name="BlobName">The blob holding the file: <c>{projectId}/{stage}/{guid}/{file name}</c>; the evidence id.</param>
/// <param name="FileName">The file name as uploaded (made safe).</param>
/// <param name="Kind">What the file is meant to prove.</param>
/// <param name="Stage">The project stage it was uploaded for.</param>
/// <param name="InstitutionId">The project's institution, to tell duplicates within an institution from those across.</param>
/// <param name="UploaderId">Id of the person who asked for the upload slot.</param>
/// <param name="UploaderName">Display name of that person.</param>
/// <param name="UploadedAt">When the upload slot was issued.</param>
/// <param name="Status">Pending, accepted or rejected.</param>
public sealed record EvidenceRecord(
    string ProjectId,
    string BlobName,
    string FileName,
    EvidenceKind Kind,
    ProjectStage Stage,
    string InstitutionId,
    string UploaderId,
    string UploaderName,
    DateTimeOffset UploadedAt,
    EvidenceStatus Status = EvidenceStatus.Pending)
{
    /// <summary>SHA-256 of the content, lowercase hex; null while pending.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Size of the content in bytes; null while pending.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>The type the content's first bytes show.</summary>
    public DetectedFileType DetectedType { get; init; }

    /// <summary>When the file was processed; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>Why the file was rejected; null unless <see cref="EvidenceStatus.Rejected"/>.</summary>
    public BilingualText? RejectionReason { get; init; }

    /// <summary>Blob names of earlier evidence with the same content (any project).</summary>
    public IReadOnlyList<string> DuplicateOf { get; init; } = [];

    /// <summary>True when the same content was submitted before by a project of another institution: the officer checks it.</summary>
    public bool DuplicateAcrossInstitutions { get; init; }
}
