namespace XjKeji.Domain.Credit;

/// <summary>Whose credit record an event belongs to.</summary>
public enum CreditSubjectKind
{
    /// <summary>A person: principal investigator or expert.</summary>
    Person = 1,

    /// <summary>An institution (承担单位).</summary>
    Institution = 2,
}

/// <summary>
/// One entry of a credit record, traceable to the workflow event that caused it. <see cref="Key"/> makes recording
/// idempotent: the same event recorded twice counts once.
/// </summary>
/// <param name="Key">Stable key of the causing event, e.g. <c>{project}:contract:missed</c>.</param>
/// <param name="SubjectKind">Person or institution.</param>
/// <param name="SubjectId">The person's or institution's id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Points">Points added (negative for deductions).</param>
/// <param name="At">When it happened.</param>
/// <param name="ProjectId">The project, if any.</param>
/// <param name="Reason">Explanation shown on the record.</param>
public sealed record CreditEvent(string Key, CreditSubjectKind SubjectKind, string SubjectId, CreditEventKind Kind, int Points, DateTimeOffset At, string? ProjectId, string Reason);
