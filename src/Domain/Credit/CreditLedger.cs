namespace XjKeji.Domain.Credit;

/// <summary>
/// One subject's credit record (信用记录) computed from its events and misconduct findings. The score at any instant is a
/// replay, oldest event first, from <see cref="CreditRules.StartingPoints"/>: each counted event adds its points, held
/// between <see cref="CreditRules.MinimumPoints"/> and <see cref="CreditRules.MaximumPoints"/> after every step. A
/// deduction counts for <see cref="CreditRules.DeductionCountsForYears"/> years after its event and then drops out of
/// the replay; positive events never drop out but, being capped, cannot be banked: +5 on a full record changes nothing.
/// Points are the ones recorded on each event, not the current scheme's, so a later change of scheme does not rewrite
/// history.
/// </summary>
public sealed class CreditLedger
{
    private readonly List<CreditEvent> _events;
    private readonly List<MisconductFinding> _findings;

    /// <summary>Builds the ledger of one subject.</summary>
    /// <param name="subjectKind">Person or institution.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="events">The subject's events in any order; a repeated <see cref="CreditEvent.Key"/> counts once (the earliest).</param>
    /// <param name="findings">The subject's misconduct findings, if any.</param>
    /// <param name="rules">The scheme; <see cref="CreditRules.Defaults"/> when null.</param>
    /// <exception cref="ArgumentException">An event or finding belongs to another subject: mixing records is a caller bug, never silently filtered.</exception>
    /// <exception cref="Validation.DomainValidationException">An event is invalid (e.g. a correction without a reason).</exception>
    public CreditLedger(CreditSubjectKind subjectKind, string subjectId, IEnumerable<CreditEvent> events, IEnumerable<MisconductFinding>? findings = null, CreditRules? rules = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentNullException.ThrowIfNull(events);
        SubjectKind = subjectKind;
        SubjectId = subjectId;
        Rules = rules ?? CreditRules.Defaults;
        var all = events.ToList();
        if (all.FirstOrDefault(e => e.SubjectKind != subjectKind || !string.Equals(e.SubjectId, subjectId, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Event '{stranger.Key}' belongs to {stranger.SubjectKind} '{stranger.SubjectId}', not {subjectKind} '{subjectId}'.", nameof(events));
        }

        var problems = new Validation.ValidationResult();
        foreach (var (e, i) in all.Select((e, i) => (e, i)))
        {
            problems.AddNested($"events[{i}]", e.Validate());
        }

        problems.ThrowIfInvalid();
        _events = [.. all.OrderBy(e => e.At).ThenBy(e => e.Key, StringComparer.Ordinal).DistinctBy(e => e.Key)];
        _findings = [.. findings ?? []];
        if (_findings.FirstOrDefault(f => !f.Concerns(subjectKind, subjectId)) is { } other)
        {
            throw new ArgumentException($"Finding '{other.Id}' concerns {other.SubjectKind} '{other.SubjectId}', not {subjectKind} '{subjectId}'.", nameof(findings));
        }
    }

    /// <summary>Person or institution.</summary>
    public CreditSubjectKind SubjectKind { get; }

    /// <summary>The subject's id.</summary>
    public string SubjectId { get; }

    /// <summary>The scheme in force.</summary>
    public CreditRules Rules { get; }

    /// <summary>The subject's events, deduplicated by key, oldest first.</summary>
    public IReadOnlyList<CreditEvent> Events => _events;

    /// <summary>The subject's misconduct findings.</summary>
    public IReadOnlyList<MisconductFinding> Findings => _findings;

    /// <summary>When an event stops counting: deductions after <see cref="CreditRules.DeductionCountsForYears"/> years; null for others.</summary>
    public DateTimeOffset? CountsUntil(CreditEvent creditEvent)
    {
        ArgumentNullException.ThrowIfNull(creditEvent);
        return creditEvent.Points < 0 ? creditEvent.At.AddYears(Rules.DeductionCountsForYears) : null;
    }

    /// <summary>The record at <paramref name="asOf"/>: score, points grade, counted and expired events. Events after <paramref name="asOf"/> are not on it.</summary>
    public CreditStatement StatementAt(DateTimeOffset asOf) => Replay(asOf, asOf);

    /// <summary>The score at <paramref name="asOf"/>.</summary>
    public int ScoreAt(DateTimeOffset asOf) => Replay(asOf, asOf).Score;

    /// <summary>The points grade at <paramref name="asOf"/> (bans not included; see <see cref="StandingAt"/>).</summary>
    public CreditGrade PointsGradeAt(DateTimeOffset asOf) => Replay(asOf, asOf).Grade;

    /// <summary>Where the subject stands at <paramref name="asOf"/>: score, points grade, bans in force and the applying grade.</summary>
    public CreditStanding StandingAt(DateTimeOffset asOf)
    {
        var statement = Replay(asOf, asOf);
        var bans = _findings.Where(f => f.IsActiveAt(asOf)).OrderByDescending(f => f.BanEndsOn).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var blocked = statement.Grade >= Rules.BlockingGrade;
        var recovers = blocked ? RecoversToAt(Rules.LowestScoreAbove(Rules.BlockingGrade), asOf) : null;
        return new CreditStanding(SubjectKind, SubjectId, asOf, statement.Score, statement.Grade, bans, recovers);
    }

    /// <summary>
    /// The first instant at or after <paramref name="asOf"/> when the score reaches <paramref name="points"/>, if no event
    /// after <paramref name="asOf"/> were recorded: the score only rises by deductions fading, so only their expiry
    /// instants need checking. Null when it never does.
    /// </summary>
    public DateTimeOffset? RecoversToAt(int points, DateTimeOffset asOf)
    {
        if (Replay(asOf, asOf).Score >= points)
        {
            return asOf;
        }

        var expiries = _events.Where(e => e.At <= asOf).Select(CountsUntil).OfType<DateTimeOffset>().Where(t => t > asOf).Distinct().Order();
        foreach (var t in expiries)
        {
            if (Replay(t, asOf).Score >= points)
            {
                return t;
            }
        }

        return null;
    }

    // Replays the events recorded up to `recordedBy` as they count at `asOf`. The two differ only for projections.
    private CreditStatement Replay(DateTimeOffset asOf, DateTimeOffset recordedBy)
    {
        var balance = Rules.StartingPoints;
        var counted = new List<CountedCreditEvent>();
        var expired = new List<ExpiredCreditEvent>();
        foreach (var e in _events.Where(e => e.At <= recordedBy && e.At <= asOf))
        {
            var until = CountsUntil(e);
            if (until is { } end && asOf >= end)
            {
                expired.Add(new ExpiredCreditEvent(e, end));
                continue;
            }

            var next = Math.Clamp(balance + e.Points, Rules.MinimumPoints, Rules.MaximumPoints);
            counted.Add(new CountedCreditEvent(e, next - balance, next, until));
            balance = next;
        }

        return new CreditStatement(SubjectKind, SubjectId, asOf, Rules.StartingPoints, balance, Rules.GradeOf(balance), counted, expired);
    }
}
