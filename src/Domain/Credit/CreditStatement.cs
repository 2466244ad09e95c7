namespace XjKeji.Domain.Credit;

/// <summary>A subject's credit record as of one instant: the score, its points grade, and how it was reached.</summary>
/// <param name="SubjectKind">Person or institution.</param>
/// <param name="SubjectId">The subject's id.</param>
/// <param name="AsOf">The instant the statement is for.</param>
/// <param name="StartingPoints">The points the replay started from.</param>
/// <param name="Score">The score at <paramref name="AsOf"/>.</param>
/// <param name="Grade">The points grade of <paramref name="Score"/> (bans are not included here; see <see cref="CreditStanding"/>).</param>
/// <param name="Counted">Events that count, oldest first, each with what it changed.</param>
/// <param name="Expired">Events that have faded out, oldest first.</param>
public sealed record CreditStatement(
    CreditSubjectKind SubjectKind,
    string SubjectId,
    DateTimeOffset AsOf,
    int StartingPoints,
    int Score,
    CreditGrade Grade,
    IReadOnlyList<CountedCreditEvent> Counted,
    IReadOnlyList<ExpiredCreditEvent> Expired);
