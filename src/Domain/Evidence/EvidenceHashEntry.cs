namespace XjKeji.Domain.Evidence;

/// <summary>One row of the hash index: accepted content with this hash is held by this blob of this project.</summary>
/// <param name="Sha256">SHA-256 of the content, lowercase hex.</param>
/// <param name="ProjectId">The project that submitted it.</param>
/// <param name="InstitutionId">That project's institution.</param>
/// <param name="BlobName">The blob holding it.</param>
public sealed record EvidenceHashEntry(string Sha256, string ProjectId, string InstitutionId, string BlobName);
