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
public sealed record CreditEvent(string Key, CreditSubjectKind SubjectKind, string SubjectId, CreditEventKind Kind, int Points, DateTimeOffset At, string? ProjectId, string Reason)
{
    /// <summary>
    /// Checks the event can go on a record: key, subject and kind present; an <see cref="CreditEventKind.OfficerCorrection"/>
    /// needs a reason and non-zero points, because a correction nobody can explain is not traceable. Every problem at once.
    /// </summary>
    public Validation.ValidationResult Validate()
    {
        var r = new Validation.ValidationResult();
        if (string.IsNullOrWhiteSpace(Key))
        {
            r.Add("key", "required", "必须填写事件键", "The event key is required");
        }

        if (!Enum.IsDefined(SubjectKind) || string.IsNullOrWhiteSpace(SubjectId))
        {
            r.Add("subjectId", "required", "必须指明信用主体", "The person or institution concerned is required");
        }

        if (!Enum.IsDefined(Kind))
        {
            r.Add("kind", "unknown", "未知的信用事件类型", "Unknown credit event kind");
        }
        else if (Kind == CreditEventKind.OfficerCorrection)
        {
            if (string.IsNullOrWhiteSpace(Reason))
            {
                r.Add("reason", "required", "信用修正必须填写理由", "A credit correction needs a reason");
            }

            if (Points == 0)
            {
                r.Add("points", "zero-correction", "信用修正的分值不能为零", "A credit correction must change the points");
            }
        }

        return r;
    }
}
