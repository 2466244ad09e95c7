using XjKeji.Domain.Calendar;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Credit;

/// <summary>
/// A misconduct finding recorded by an officer: what was found, how serious, and the ban on applying that follows. A
/// finding applies to people, institutions and review experts alike; while its ban runs it overrides the credit grade,
/// and an expert with one loses reviewer status (REGULATIONS.md, Credit).
/// </summary>
/// <param name="Id">Stable identifier of the finding.</param>
/// <param name="SubjectKind">Person (PI or expert) or institution.</param>
/// <param name="SubjectId">The person's or institution's id.</param>
/// <param name="Category">The misconduct category (2022 rules).</param>
/// <param name="Severity">General, serious or very serious (2020 rules).</param>
/// <param name="BanStartsOn">First Beijing day of the ban.</param>
/// <param name="BanYears">Length of the ban in whole years; must lie in the severity's <see cref="BanRange"/>.</param>
/// <param name="RecordedBy">The officer who recorded the finding.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Reason">The finding as written by the officer (mandatory).</param>
/// <param name="ProjectId">The project concerned, if any.</param>
public sealed record MisconductFinding(
    string Id,
    CreditSubjectKind SubjectKind,
    string SubjectId,
    MisconductCategory Category,
    MisconductSeverity Severity,
    DateOnly BanStartsOn,
    int BanYears,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string Reason,
    string? ProjectId = null)
{
    // DateOnly ends at year 9999; a longer ban is a typing error, not a sentence.
    private const int LastYear = 9999;

    /// <summary>The first day the ban no longer applies (exclusive end).</summary>
    public DateOnly BanEndsOn => BanStartsOn.AddYears(Math.Clamp(BanYears, 0, LastYear - BanStartsOn.Year));

    /// <summary>The last Beijing day on which the ban applies (inclusive), as shown to users.</summary>
    public DateOnly LastBannedDay => BanEndsOn.AddDays(-1);

    /// <summary>True when the ban applies on the Beijing date <paramref name="date"/>.</summary>
    public bool IsActiveOn(DateOnly date) => date >= BanStartsOn && date < BanEndsOn;

    /// <summary>True when the ban applies at <paramref name="instant"/> (its Beijing date).</summary>
    public bool IsActiveAt(DateTimeOffset instant) => IsActiveOn(ChinaStandardTime.DateOf(instant));

    /// <summary>True when the finding is about the given subject.</summary>
    public bool Concerns(CreditSubjectKind kind, string subjectId) => SubjectKind == kind && string.Equals(SubjectId, subjectId, StringComparison.Ordinal);

    /// <summary>Checks the finding: subject, category, severity, a ban length allowed for the severity, officer and reason. Every problem at once.</summary>
    public ValidationResult Validate(CreditRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var r = new ValidationResult();
        if (string.IsNullOrWhiteSpace(Id))
        {
            r.Add("id", "required", "必须填写认定编号", "The finding id is required");
        }

        if (!Enum.IsDefined(SubjectKind) || string.IsNullOrWhiteSpace(SubjectId))
        {
            r.Add("subjectId", "required", "必须指明被认定的个人或单位", "The person or institution concerned is required");
        }

        if (!Enum.IsDefined(Category))
        {
            r.Add("category", "unknown", "未知的失信行为类别", "Unknown misconduct category");
        }

        if (!Enum.IsDefined(Severity))
        {
            r.Add("severity", "unknown", "未知的情节程度", "Unknown severity");
        }
        else
        {
            var range = rules.BanFor(Severity);
            if (!range.Allows(BanYears))
            {
                var name = MisconductNames.Of(Severity);
                r.Add("banYears", "ban-out-of-range", $"{name.Zh}的禁止申报年限应为{range.Text}年", $"A {name.En} finding carries a ban of {range.Text} years");
            }
            else if (BanStartsOn.Year + BanYears > LastYear)
            {
                r.Add("banYears", "ban-out-of-range", "禁止申报年限过长", "The ban is too long");
            }
        }

        if (string.IsNullOrWhiteSpace(RecordedBy))
        {
            r.Add("recordedBy", "required", "必须记录认定的经办人", "The recording officer is required");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            r.Add("reason", "required", "必须填写认定理由", "The reason for the finding is required");
        }

        return r;
    }
}
