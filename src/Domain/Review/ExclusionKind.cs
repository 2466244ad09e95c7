namespace XjKeji.Domain.Review;

/// <summary>Why an expert may not review an application.</summary>
public enum ExclusionKind
{
    /// <summary>The expert marked themselves unavailable.</summary>
    Unavailable = 1,

    /// <summary>A misconduct ban against the expert is in force: no reviewer status.</summary>
    NoReviewerStatus = 2,

    /// <summary>Conflict: the expert works at the applicant institution.</summary>
    SameInstitution = 3,

    /// <summary>Conflict: the expert is the PI or on the project team.</summary>
    TeamMember = 4,

    /// <summary>Conflict: the expert applied together with the PI or a team member before.</summary>
    CoAppliedBefore = 5,

    /// <summary>Conflict: the expert declared this project.</summary>
    DeclaredProject = 6,

    /// <summary>Conflict: the expert declared the PI or a team member.</summary>
    DeclaredPerson = 7,

    /// <summary>The expert is already on this application's panel.</summary>
    AlreadyOnPanel = 8,

    /// <summary>The expert declined this application.</summary>
    Declined = 9,
}

/// <summary>One reason an expert is excluded from an application, in Chinese and English.</summary>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Text">The explanation shown to the officer.</param>
public sealed record ExclusionReason(ExclusionKind Kind, Common.BilingualText Text)
{
    /// <summary>True for the conflict-of-interest kinds (as opposed to availability, status or panel bookkeeping).</summary>
    public bool IsConflictOfInterest => Kind is ExclusionKind.SameInstitution or ExclusionKind.TeamMember or ExclusionKind.CoAppliedBefore
        or ExclusionKind.DeclaredProject or ExclusionKind.DeclaredPerson;
}
