using XjKeji.Domain.Credit;
using static XjKeji.Domain.Tests.Credit.CreditTestData;

namespace XjKeji.Domain.Tests.Credit;

public class ApplicationEligibilityTests
{
    private static readonly DateTimeOffset Now = At(2019, 7, 1);

    private static CreditStanding Person(int points = 0, params MisconductFinding[] findings) =>
        new CreditLedger(CreditSubjectKind.Person, Pi, points == 0 ? [] : [Event("c", CreditEventKind.OfficerCorrection, At(2019, 1, 1), points)], findings).StandingAt(Now);

    private static CreditStanding Institution(int points = 0, params MisconductFinding[] findings) =>
        new CreditLedger(CreditSubjectKind.Institution, Inst, points == 0 ? [] : [Event("c", CreditEventKind.OfficerCorrection, At(2019, 1, 1), points, Inst, CreditSubjectKind.Institution)], findings).StandingAt(Now);

    [Theory]
    [InlineData(0)]
    [InlineData(-40)]
    public void Grades_A_to_C_may_apply(int points)
    {
        var result = ApplicationEligibility.Check(Person(points), Institution(points));
        Assert.True(result.Allowed);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void Grade_D_blocks_the_PI_with_a_bilingual_reason_and_when_it_lifts()
    {
        var result = ApplicationEligibility.Check(Person(-41), Institution());
        Assert.False(result.Allowed);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("项目负责人", reason.Zh, StringComparison.Ordinal);
        Assert.Contains("信用等级为D（59分）", reason.Zh, StringComparison.Ordinal);
        Assert.Contains("2022-01-01", reason.Zh, StringComparison.Ordinal);
        Assert.Contains("principal investigator", reason.En, StringComparison.Ordinal);
        Assert.Contains("grade D", reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ban_blocks_even_grade_A_and_both_subjects_are_reported()
    {
        var ban = Finding(MisconductSeverity.Serious, 3, new DateOnly(2019, 1, 1), Inst, CreditSubjectKind.Institution);
        var result = ApplicationEligibility.Check(Person(-50), Institution(0, ban));
        Assert.False(result.Allowed);
        Assert.Equal(2, result.Reasons.Count);
        Assert.Contains("项目负责人", result.Reasons[0].Zh, StringComparison.Ordinal);
        Assert.Contains("承担单位", result.Reasons[1].Zh, StringComparison.Ordinal);
        Assert.Contains("2021-12-31", result.Reasons[1].Zh, StringComparison.Ordinal);
        Assert.Contains("伪造、篡改数据", result.Reasons[1].Zh, StringComparison.Ordinal);
        Assert.Contains("banned from applying until 2021-12-31", result.Reasons[1].En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_ban_no_longer_blocks()
    {
        var old = Finding(MisconductSeverity.General, 1, new DateOnly(2018, 1, 1));
        Assert.True(ApplicationEligibility.Check(Person(0, old), Institution()).Allowed);
    }

    [Fact]
    public void A_stricter_blocking_grade_is_configurable()
    {
        var strict = CreditRules.Defaults with { BlockingGrade = CreditGrade.C };
        var standing = new CreditLedger(CreditSubjectKind.Person, Pi, [Event("c", CreditEventKind.OfficerCorrection, At(2019, 1, 1), -30)], rules: strict).StandingAt(Now);
        Assert.False(ApplicationEligibility.Check(standing, Institution(), strict).Allowed);
        Assert.True(ApplicationEligibility.Check(standing, Institution()).Allowed);
    }

    [Fact]
    public void Standings_of_the_wrong_kind_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ApplicationEligibility.Check(Institution(), Institution()));
        Assert.Throws<ArgumentException>(() => ApplicationEligibility.Check(Person(), Person()));
    }
}
