namespace XjKeji.Domain.Evidence;

/// <summary>What one evidence kind accepts.</summary>
/// <param name="AllowedTypes">The detected types accepted.</param>
/// <param name="MaxBytes">The largest file accepted, in bytes.</param>
public sealed record EvidenceRule(IReadOnlySet<DetectedFileType> AllowedTypes, long MaxBytes);
