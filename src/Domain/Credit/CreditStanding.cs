namespace XjKeji.Domain.Credit;

/// <summary>
/// Where a subject stands at one instant, for decisions: the points and their grade, any misconduct ban in force, and the
/// grade that applies (a ban overrides the points grade).
/// </summary>
/// <param name="SubjectKind">Person or institution.</param>
/// <param name="SubjectId">The subject's id.</param>
/// <param name="AsOf">The instant.</param>
/// <param name="Score">The points score.</param>
/// <param name="PointsGrade">The grade of the points alone.</param>
/// <param name="ActiveBans">Misconduct findings whose ban is in force, longest-running first.</param>
/// <param name="PointsGradeRecoversAt">When the points alone would leave the blocking grade if no new event came; null when not in the blocking grade or never.</param>
public sealed record CreditStanding(
    CreditSubjectKind SubjectKind,
    string SubjectId,
    DateTimeOffset AsOf,
    int Score,
    CreditGrade PointsGrade,
    IReadOnlyList<MisconductFinding> ActiveBans,
    DateTimeOffset? PointsGradeRecoversAt)
{
    /// <summary>True when a misconduct ban is in force.</summary>
    public bool IsBanned => ActiveBans.Count > 0;

    /// <summary>The grade that applies: <see cref="CreditGrade.Banned"/> while a ban runs, otherwise the points grade.</summary>
    public CreditGrade Grade => IsBanned ? CreditGrade.Banned : PointsGrade;

    /// <summary>The last Beijing day of the longest ban in force; null when none.</summary>
    public DateOnly? BannedThrough => IsBanned ? ActiveBans.Max(b => b.LastBannedDay) : null;
}
