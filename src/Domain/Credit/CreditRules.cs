using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Credit;

/// <summary>
/// Every number of the credit scheme (REGULATIONS.md, Credit) in one configurable record. <see cref="Defaults"/> ships the
/// regulation defaults; a configuration replaces parts with <c>with</c>.
/// </summary>
/// <param name="StartingPoints">Points every PI and institution starts with (100).</param>
/// <param name="MaximumPoints">Cap on the score: positive events never lift it above this (100).</param>
/// <param name="MinimumPoints">Floor of the score (0; a chosen default, REGULATIONS.md names none, so a long record of deductions reads as 0, not a negative number).</param>
/// <param name="DeductionCountsForYears">A deduction counts for this many years after its event, then stops counting (3).</param>
/// <param name="GradeAFrom">Lowest score of grade A (90).</param>
/// <param name="GradeBFrom">Lowest score of grade B (75).</param>
/// <param name="GradeCFrom">Lowest score of grade C (60); below it is D.</param>
/// <param name="BlockingGrade">The points grade that blocks applying as PI or lead institution while it lasts (D).</param>
/// <param name="Points">Points of each event kind; <see cref="CreditEventKind.OfficerCorrection"/> is absent because the officer sets its points.</param>
/// <param name="GeneralBan">Ban lengths allowed for a general finding (1–3 years).</param>
/// <param name="SeriousBan">Ban lengths allowed for a serious finding (3–5 years).</param>
/// <param name="VerySeriousBan">Ban lengths allowed for a very serious finding (5 years or more).</param>
public sealed record CreditRules(
    int StartingPoints,
    int MaximumPoints,
    int MinimumPoints,
    int DeductionCountsForYears,
    int GradeAFrom,
    int GradeBFrom,
    int GradeCFrom,
    CreditGrade BlockingGrade,
    IReadOnlyDictionary<CreditEventKind, int> Points,
    BanRange GeneralBan,
    BanRange SeriousBan,
    BanRange VerySeriousBan)
{
    /// <summary>The defaults of REGULATIONS.md.</summary>
    public static CreditRules Defaults { get; } = new(
        StartingPoints: 100,
        MaximumPoints: 100,
        MinimumPoints: 0,
        DeductionCountsForYears: 3,
        GradeAFrom: 90,
        GradeBFrom: 75,
        GradeCFrom: 60,
        BlockingGrade: CreditGrade.D,
        Points: Enum.GetValues<CreditEventKind>().Where(k => k != CreditEventKind.OfficerCorrection).ToDictionary(k => k, CreditPoints.Default),
        GeneralBan: new BanRange(1, 3),
        SeriousBan: new BanRange(3, 5),
        VerySeriousBan: new BanRange(5, null));

    /// <summary>Points of an event kind under this scheme (0 for a kind the table does not name).</summary>
    public int PointsFor(CreditEventKind kind) => Points.TryGetValue(kind, out var p) ? p : 0;

    /// <summary>The allowed ban lengths of a severity.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a known severity.</exception>
    public BanRange BanFor(MisconductSeverity severity) => severity switch
    {
        MisconductSeverity.General => GeneralBan,
        MisconductSeverity.Serious => SeriousBan,
        MisconductSeverity.VerySerious => VerySeriousBan,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>The points grade of a score (never <see cref="CreditGrade.Banned"/>: bans are not points).</summary>
    public CreditGrade GradeOf(int score) =>
        score >= GradeAFrom ? CreditGrade.A : score >= GradeBFrom ? CreditGrade.B : score >= GradeCFrom ? CreditGrade.C : CreditGrade.D;

    /// <summary>The lowest score whose grade is better than <paramref name="grade"/>, e.g. 60 for D under the defaults.</summary>
    public int LowestScoreAbove(CreditGrade grade) => grade switch
    {
        CreditGrade.D => GradeCFrom,
        CreditGrade.C => GradeBFrom,
        CreditGrade.B => GradeAFrom,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "No points grade is better than A."),
    };

    /// <summary>Checks the scheme is coherent (bounds in order, grades descending, ban ranges sensible); every problem at once.</summary>
    public ValidationResult Validate()
    {
        var r = new ValidationResult();
        if (MinimumPoints > StartingPoints || StartingPoints > MaximumPoints)
        {
            r.Add("startingPoints", "out-of-range", "初始分必须介于最低分与最高分之间", "Starting points must lie between the minimum and the maximum");
        }

        if (DeductionCountsForYears < 1)
        {
            r.Add("deductionCountsForYears", "out-of-range", "扣分有效期至少为1年", "A deduction must count for at least one year");
        }

        if (!(GradeAFrom > GradeBFrom && GradeBFrom > GradeCFrom && GradeCFrom > MinimumPoints && GradeAFrom <= MaximumPoints))
        {
            r.Add("gradeAFrom", "grades-out-of-order", "等级分数线必须满足 最高分 ≥ A > B > C > 最低分", "Grade thresholds must satisfy maximum ≥ A > B > C > minimum");
        }

        if (BlockingGrade is not (CreditGrade.B or CreditGrade.C or CreditGrade.D))
        {
            r.Add("blockingGrade", "out-of-range", "限制申报的信用等级只能是B、C或D", "The blocking grade must be B, C or D");
        }

        foreach (var (severity, range) in new[] { ("generalBan", GeneralBan), ("seriousBan", SeriousBan), ("verySeriousBan", VerySeriousBan) })
        {
            if (range.MinYears < 1 || range.MaxYears < range.MinYears)
            {
                r.Add(severity, "invalid-range", "禁止申报年限范围无效", "The ban range is invalid");
            }
        }

        return r;
    }
}
