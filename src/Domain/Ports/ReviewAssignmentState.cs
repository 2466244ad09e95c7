using XjKeji.Domain.Review;

namespace XjKeji.Domain.Ports;

/// <summary>Where one expert's review of one application stands.</summary>
public enum ReviewAssignmentStatus
{
    /// <summary>Assigned; the score sheet is awaited.</summary>
    Assigned = 1,

    /// <summary>The expert declined (with a reason); a replacement was sought.</summary>
    Declined = 2,

    /// <summary>The expert submitted a score sheet.</summary>
    Scored = 3,
}

/// <summary>
/// One expert on one application's panel in a call, as stored: the assignment, then either the decline or the score sheet.
/// </summary>
/// <param name="CallId">The call whose review this is.</param>
/// <param name="ProjectId">The application.</param>
/// <param name="ExpertId">The expert.</param>
/// <param name="Match">How well the expert's fields matched when assigned.</param>
/// <param name="Status">Assigned, declined or scored.</param>
/// <param name="AssignedAt">When the expert was assigned.</param>
/// <param name="Decline">The decline with its reason, when declined.</param>
/// <param name="Sheet">The score sheet, when scored.</param>
/// <param name="ScoredAt">When the sheet was submitted.</param>
public sealed record ReviewAssignmentState(
    string CallId,
    string ProjectId,
    string ExpertId,
    FieldMatch Match,
    ReviewAssignmentStatus Status,
    DateTimeOffset AssignedAt,
    ExpertDecline? Decline = null,
    ScoreSheet? Sheet = null,
    DateTimeOffset? ScoredAt = null);
