using XjKeji.Domain.Credit;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Tests.Credit.CreditTestData;

namespace XjKeji.Domain.Tests.Credit;

public class CreditLedgerTests
{
    [Fact]
    public void An_empty_record_starts_at_100_grade_A()
    {
        var s = Ledger().StatementAt(At(2018, 1, 1));
        Assert.Equal((100, CreditGrade.A), (s.Score, s.Grade));
        Assert.Empty(s.Counted);
    }

    [Fact]
    public void A_deduction_counts_for_exactly_three_years_then_drops_out()
    {
        var missed = Event("m", CreditEventKind.DeadlineMissed, At(2018, 5, 10));
        var ledger = Ledger(missed);
        Assert.Equal(100, ledger.ScoreAt(missed.At.AddTicks(-1)));
        Assert.Equal(90, ledger.ScoreAt(missed.At));
        Assert.Equal(90, ledger.ScoreAt(At(2021, 5, 10).AddTicks(-1)));
        Assert.Equal(100, ledger.ScoreAt(At(2021, 5, 10)));

        var after = ledger.StatementAt(At(2021, 5, 10));
        var expired = Assert.Single(after.Expired);
        Assert.Equal((missed, At(2021, 5, 10)), (expired.Event, expired.StoppedCountingAt));
        Assert.Empty(after.Counted);
    }

    [Fact]
    public void Every_point_is_traceable_to_a_counted_event_with_its_end()
    {
        var ledger = Ledger(
            Event("late", CreditEventKind.SubmittedLate, At(2018, 3, 1)),
            Event("failed", CreditEventKind.AcceptanceFailed, At(2019, 7, 1)),
            Event("ontime", CreditEventKind.SubmittedOnTime, At(2019, 8, 1)),
            Event("passed", CreditEventKind.AcceptancePassedAllMet, At(2020, 1, 1)));
        var s = ledger.StatementAt(At(2020, 6, 1));
        Assert.Equal(100 - 2 - 20 + 5, s.Score);
        Assert.Equal(s.Score, s.StartingPoints + s.Counted.Sum(c => c.AppliedPoints));
        Assert.Equal(["late", "failed", "ontime", "passed"], s.Counted.Select(c => c.Event.Key));
        Assert.Equal([At(2021, 3, 1), At(2022, 7, 1), null, null], s.Counted.Select(c => c.CountsUntil));
        Assert.Equal([98, 78, 78, 83], s.Counted.Select(c => c.BalanceAfter));
    }

    [Fact]
    public void A_bonus_is_capped_at_100_and_cannot_be_banked()
    {
        var bonus = Event("bonus", CreditEventKind.AcceptancePassedAllMet, At(2018, 1, 1));
        var missed = Event("missed", CreditEventKind.DeadlineMissed, At(2018, 6, 1));
        var s = Ledger(bonus, missed).StatementAt(At(2018, 7, 1));
        // +5 on a full record changes nothing, so the later −10 takes the score to 90, not 95.
        Assert.Equal([0, -10], s.Counted.Select(c => c.AppliedPoints));
        Assert.Equal(90, s.Score);
    }

    [Fact]
    public void A_bonus_after_a_deduction_restores_up_to_the_cap_and_is_recomputed_when_the_deduction_fades()
    {
        var ledger = Ledger(Event("late", CreditEventKind.SubmittedLate, At(2018, 1, 1)), Event("bonus", CreditEventKind.AcceptancePassedAllMet, At(2018, 6, 1)));
        var before = ledger.StatementAt(At(2019, 1, 1));
        Assert.Equal(100, before.Score);
        Assert.Equal([-2, 2], before.Counted.Select(c => c.AppliedPoints));
        var after = ledger.StatementAt(At(2021, 1, 1));
        Assert.Equal(100, after.Score);
        Assert.Equal(0, Assert.Single(after.Counted).AppliedPoints);
    }

    [Fact]
    public void The_score_never_goes_below_the_floor_and_recovers_as_deductions_fade()
    {
        var ledger = Ledger(
            Event("u1", CreditEventKind.ObjectionUpheld, At(2018, 1, 1)),
            Event("u2", CreditEventKind.ObjectionUpheld, At(2019, 1, 1)),
            Event("u3", CreditEventKind.ObjectionUpheld, At(2020, 1, 1)));
        Assert.Equal(0, ledger.ScoreAt(At(2020, 6, 1)));
        Assert.Equal([-40, -40, -20], ledger.StatementAt(At(2020, 6, 1)).Counted.Select(c => c.AppliedPoints));
        Assert.Equal(20, ledger.ScoreAt(At(2021, 6, 1)));
        Assert.Equal(60, ledger.ScoreAt(At(2022, 6, 1)));
    }

    [Theory]
    [InlineData(-10, CreditGrade.A)]
    [InlineData(-11, CreditGrade.B)]
    [InlineData(-25, CreditGrade.B)]
    [InlineData(-26, CreditGrade.C)]
    [InlineData(-40, CreditGrade.C)]
    [InlineData(-41, CreditGrade.D)]
    public void Grades_follow_the_thresholds_90_75_60(int points, CreditGrade expected)
    {
        var ledger = Ledger(Event("c", CreditEventKind.OfficerCorrection, At(2018, 1, 1), points));
        Assert.Equal(expected, ledger.PointsGradeAt(At(2018, 2, 1)));
    }

    [Fact]
    public void The_same_key_counts_once_and_later_events_are_not_on_the_statement()
    {
        var once = Event("k", CreditEventKind.DeadlineMissed, At(2018, 1, 1));
        var ledger = Ledger(once, once with { At = At(2018, 2, 1) }, Event("future", CreditEventKind.AcceptanceFailed, At(2019, 1, 1)));
        var s = ledger.StatementAt(At(2018, 6, 1));
        Assert.Equal(90, s.Score);
        Assert.Equal(once, Assert.Single(s.Counted).Event);
    }

    [Fact]
    public void Recorded_points_count_not_the_current_scheme()
    {
        // Recorded under an older scheme at −7: a new scheme does not rewrite history.
        var ledger = new CreditLedger(CreditSubjectKind.Person, Pi, [Event("old", CreditEventKind.DeadlineMissed, At(2018, 1, 1), points: -7)],
            rules: CreditRules.Defaults with { Points = new Dictionary<CreditEventKind, int> { [CreditEventKind.DeadlineMissed] = -15 } });
        Assert.Equal(93, ledger.ScoreAt(At(2018, 2, 1)));
    }

    [Fact]
    public void A_configured_lifetime_replaces_three_years()
    {
        var ledger = new CreditLedger(CreditSubjectKind.Person, Pi, [Event("m", CreditEventKind.DeadlineMissed, At(2018, 1, 1))],
            rules: CreditRules.Defaults with { DeductionCountsForYears = 5 });
        Assert.Equal(90, ledger.ScoreAt(At(2022, 12, 31)));
        Assert.Equal(100, ledger.ScoreAt(At(2023, 1, 1)));
    }

    [Fact]
    public void Events_of_another_subject_are_refused_not_filtered()
    {
        var stranger = Event("x", CreditEventKind.DeadlineMissed, At(2018, 1, 1), subject: "pi-2");
        Assert.Throws<ArgumentException>(() => Ledger(stranger));
        var institutionEvent = Event("y", CreditEventKind.DeadlineMissed, At(2018, 1, 1), subjectKind: CreditSubjectKind.Institution);
        Assert.Throws<ArgumentException>(() => Ledger(institutionEvent));
        Assert.Throws<ArgumentException>(() => new CreditLedger(CreditSubjectKind.Person, Pi, [], [Finding(MisconductSeverity.General, 1, new DateOnly(2018, 1, 1), subject: "pi-2")]));
    }

    [Fact]
    public void A_correction_without_reason_on_the_record_is_refused()
    {
        var bad = Event("c", CreditEventKind.OfficerCorrection, At(2018, 1, 1), points: 10) with { Reason = " " };
        var ex = Assert.Throws<DomainValidationException>(() => Ledger(bad));
        Assert.Equal("events[0].reason", Assert.Single(ex.Problems).Field);
    }

    [Fact]
    public void A_ban_overrides_the_grade_for_its_duration_only()
    {
        var ban = Finding(MisconductSeverity.General, 2, new DateOnly(2019, 3, 1));
        var ledger = new CreditLedger(CreditSubjectKind.Person, Pi, [], [ban]);
        var before = ledger.StandingAt(new DateTimeOffset(2019, 2, 28, 23, 59, 0, TimeSpan.FromHours(8)));
        Assert.Equal(CreditGrade.A, before.Grade);
        var during = ledger.StandingAt(new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal((CreditGrade.Banned, CreditGrade.A, 100), (during.Grade, during.PointsGrade, during.Score));
        Assert.Equal(new DateOnly(2021, 2, 28), during.BannedThrough);
        Assert.Equal(CreditGrade.Banned, ledger.StandingAt(new DateTimeOffset(2021, 2, 28, 23, 59, 0, TimeSpan.FromHours(8))).Grade);
        Assert.Equal(CreditGrade.A, ledger.StandingAt(new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.FromHours(8))).Grade);
    }

    [Fact]
    public void Grade_D_projects_when_it_lifts_if_nothing_new_happens()
    {
        var ledger = Ledger(
            Event("t", CreditEventKind.TerminatedForCause, At(2018, 1, 1)),
            Event("f", CreditEventKind.AcceptanceFailed, At(2019, 6, 1)));
        var standing = ledger.StandingAt(At(2019, 7, 1));
        Assert.Equal((50, CreditGrade.D), (standing.Score, standing.PointsGrade));
        // The −30 fades on 2021-01-01: 80 ≥ 60.
        Assert.Equal(At(2021, 1, 1), standing.PointsGradeRecoversAt);
        Assert.Null(ledger.StandingAt(At(2021, 1, 1)).PointsGradeRecoversAt);
    }

    [Fact]
    public void Recovery_waits_for_as_many_deductions_as_needed()
    {
        var ledger = Ledger(
            Event("a", CreditEventKind.ObjectionUpheld, At(2018, 1, 1)),
            Event("b", CreditEventKind.TerminatedForCause, At(2018, 6, 1)),
            Event("c", CreditEventKind.ObjectionUpheld, At(2019, 1, 1)));
        // 100 − 40 − 30 − 40 → 0. 2021-01-01: 30. 2021-06-01: 60.
        Assert.Equal(At(2021, 6, 1), ledger.RecoversToAt(60, At(2019, 2, 1)));
        Assert.Equal(At(2021, 1, 1), ledger.RecoversToAt(30, At(2019, 2, 1)));
        Assert.Equal(At(2019, 2, 1), ledger.RecoversToAt(0, At(2019, 2, 1)));
        Assert.Null(ledger.RecoversToAt(101, At(2019, 2, 1)));
    }
}
