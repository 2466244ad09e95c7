namespace XjKeji.Domain.Projects;

/// <summary>How an objection stands.</summary>
public enum ObjectionStatus
{
    /// <summary>Filed by a named person or sealed organisation; holds the project's approval until resolved.</summary>
    Open = 1,

    /// <summary>Anonymous: recorded but not accepted for handling (REGULATIONS.md ObjectionRules).</summary>
    RecordedAnonymous = 2,

    /// <summary>Resolved as unfounded; the project continues.</summary>
    Dismissed = 3,

    /// <summary>Resolved as founded; the project is rejected.</summary>
    Upheld = 4,
}

/// <summary>An objection (异议) raised during publicity.</summary>
/// <param name="Id">Identifier, unique within the project.</param>
/// <param name="FiledAt">When it was filed.</param>
/// <param name="FiledBy">Real name of the person or organisation; null when anonymous.</param>
/// <param name="Contact">Contact details of the objector; null when anonymous.</param>
/// <param name="Text">What the objection says.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Resolution">The officer's resolution, once resolved.</param>
public sealed record Objection(string Id, DateTimeOffset FiledAt, string? FiledBy, string? Contact, string Text, ObjectionStatus Status, string? Resolution = null)
{
    /// <summary>True when the objection holds the project's approval.</summary>
    public bool Holds => Status == ObjectionStatus.Open;
}
