using XjKeji.Domain.Common;
using XjKeji.Domain.Evidence;

namespace XjKeji.App.Evidence;

/// <summary>What processing a blob came to.</summary>
public enum EvidenceProcessingResult
{
    /// <summary>Recorded now as accepted.</summary>
    Accepted = 1,

    /// <summary>Recorded now as rejected; the reason says why.</summary>
    Rejected = 2,

    /// <summary>Recorded before (a repeated trigger); the earlier record stands unchanged.</summary>
    AlreadyProcessed = 3,

    /// <summary>Not an evidence upload we issued a slot for; nothing recorded.</summary>
    Ignored = 4,
}

/// <summary>The outcome of processing one blob.</summary>
/// <param name="Result">What happened.</param>
/// <param name="Record">The evidence record as stored; null when ignored.</param>
/// <param name="Reason">Why it was rejected or ignored.</param>
public sealed record EvidenceProcessingOutcome(EvidenceProcessingResult Result, EvidenceRecord? Record, BilingualText? Reason = null);
