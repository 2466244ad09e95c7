using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Credit;

/// <summary>Officer corrections (信用修正): point changes an officer records by hand, always with a reason.</summary>
public static class CreditCorrections
{
    /// <summary>
    /// Creates an <see cref="CreditEventKind.OfficerCorrection"/> event. A negative correction is a deduction and fades like
    /// any other; a positive one is capped like any other. Who corrected goes into the reason so the record shows it.
    /// </summary>
    /// <param name="key">Stable key of the correction (recording it twice counts once).</param>
    /// <param name="subjectKind">Person or institution.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="points">Points added (negative for a deduction); not zero.</param>
    /// <param name="at">When the correction takes effect.</param>
    /// <param name="officerId">The officer making it.</param>
    /// <param name="reason">Why (mandatory).</param>
    /// <param name="projectId">The project concerned, if any.</param>
    /// <exception cref="DomainValidationException">The reason or officer is missing, or the points are zero.</exception>
    public static CreditEvent Create(string key, CreditSubjectKind subjectKind, string subjectId, int points, DateTimeOffset at, string officerId, string reason, string? projectId = null)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        var e = new CreditEvent(key, subjectKind, subjectId, CreditEventKind.OfficerCorrection, points, at, projectId,
            trimmed.Length == 0 ? string.Empty : $"{trimmed}（经办人 officer: {officerId}）");
        var result = e.Validate();
        if (string.IsNullOrWhiteSpace(officerId))
        {
            result.Add("officerId", "required", "必须记录修正的经办人", "The correcting officer is required");
        }

        result.ThrowIfInvalid();
        return e;
    }
}
