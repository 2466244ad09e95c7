using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;

namespace XjKeji.Domain.Tests.Credit;

public class CreditRulesTests
{
    [Fact]
    public void Defaults_are_the_numbers_of_REGULATIONS_md()
    {
        var r = CreditRules.Defaults;
        Assert.Equal((100, 100, 3), (r.StartingPoints, r.MaximumPoints, r.DeductionCountsForYears));
        Assert.Equal((90, 75, 60, CreditGrade.D), (r.GradeAFrom, r.GradeBFrom, r.GradeCFrom, r.BlockingGrade));
        // The points table restated from REGULATIONS.md, not read from the code under test.
        var expected = new Dictionary<CreditEventKind, int>
        {
            [CreditEventKind.SubmittedOnTime] = 0,
            [CreditEventKind.SubmittedLate] = -2,
            [CreditEventKind.DeadlineMissed] = -10,
            [CreditEventKind.ContractNotSigned] = -10,
            [CreditEventKind.AcceptanceFailed] = -20,
            [CreditEventKind.TerminatedForCause] = -30,
            [CreditEventKind.DuplicatedEvidence] = -30,
            [CreditEventKind.ObjectionUpheld] = -40,
            [CreditEventKind.AcceptancePassedAllMet] = 5,
        };
        Assert.Equal(expected.OrderBy(p => p.Key), r.Points.OrderBy(p => p.Key));
        Assert.Equal(((1, 3), (3, 5), (5, (int?)null)), ((r.GeneralBan.MinYears, r.GeneralBan.MaxYears), (r.SeriousBan.MinYears, r.SeriousBan.MaxYears), (r.VerySeriousBan.MinYears, r.VerySeriousBan.MaxYears)));
        Assert.True(r.Validate().IsValid);
    }

    [Fact]
    public void The_credit_scheme_is_part_of_the_one_regulations_record()
    {
        Assert.Same(CreditRules.Defaults, Regulations.Defaults.Credit);
        var custom = Regulations.Defaults with { Credit = CreditRules.Defaults with { GradeCFrom = 50 } };
        Assert.Equal(CreditGrade.C, custom.Credit.GradeOf(55));
        Assert.Equal(CreditGrade.D, Regulations.Defaults.Credit.GradeOf(55));
    }

    [Fact]
    public void An_incoherent_scheme_reports_every_problem()
    {
        var bad = CreditRules.Defaults with
        {
            StartingPoints = 120,
            DeductionCountsForYears = 0,
            GradeBFrom = 95,
            BlockingGrade = CreditGrade.Banned,
            SeriousBan = new BanRange(5, 3),
        };
        Assert.Equal(["startingPoints", "deductionCountsForYears", "gradeAFrom", "blockingGrade", "seriousBan"], bad.Validate().Problems.Select(p => p.Field));
    }

    [Fact]
    public void Points_for_an_unlisted_kind_are_zero_and_corrections_are_set_by_the_officer()
    {
        Assert.Equal(-40, CreditRules.Defaults.PointsFor(CreditEventKind.ObjectionUpheld));
        Assert.Equal(0, CreditRules.Defaults.PointsFor(CreditEventKind.OfficerCorrection));
        Assert.Equal(60, CreditRules.Defaults.LowestScoreAbove(CreditGrade.D));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditRules.Defaults.LowestScoreAbove(CreditGrade.A));
    }
}
