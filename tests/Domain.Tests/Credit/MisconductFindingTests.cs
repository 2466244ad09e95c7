using XjKeji.Domain.Credit;
using static XjKeji.Domain.Tests.Credit.CreditTestData;

namespace XjKeji.Domain.Tests.Credit;

public class MisconductFindingTests
{
    [Theory]
    [InlineData(MisconductSeverity.General, 0, false)]
    [InlineData(MisconductSeverity.General, 1, true)]
    [InlineData(MisconductSeverity.General, 3, true)]
    [InlineData(MisconductSeverity.General, 4, false)]
    [InlineData(MisconductSeverity.Serious, 2, false)]
    [InlineData(MisconductSeverity.Serious, 3, true)]
    [InlineData(MisconductSeverity.Serious, 5, true)]
    [InlineData(MisconductSeverity.Serious, 6, false)]
    [InlineData(MisconductSeverity.VerySerious, 4, false)]
    [InlineData(MisconductSeverity.VerySerious, 5, true)]
    [InlineData(MisconductSeverity.VerySerious, 30, true)]
    public void Ban_length_must_suit_the_severity(MisconductSeverity severity, int years, bool valid)
    {
        var result = Finding(severity, years, new DateOnly(2018, 1, 1)).Validate(CreditRules.Defaults);
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(("banYears", "ban-out-of-range"), (Assert.Single(result.Problems).Field, result.Problems[0].Code));
        }
    }

    [Fact]
    public void A_ban_beyond_the_calendar_is_refused_not_thrown()
    {
        Assert.False(Finding(MisconductSeverity.VerySerious, 9000, new DateOnly(2018, 1, 1)).Validate(CreditRules.Defaults).IsValid);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var f = Finding(MisconductSeverity.General, 1, new DateOnly(2018, 1, 1)) with
        {
            Id = "",
            SubjectId = " ",
            Category = (MisconductCategory)99,
            RecordedBy = "",
            Reason = "",
        };
        Assert.Equal(["id", "subjectId", "category", "recordedBy", "reason"], f.Validate(CreditRules.Defaults).Problems.Select(p => p.Field));
    }

    [Fact]
    public void The_ban_runs_from_its_first_day_through_the_day_before_its_anniversary()
    {
        var f = Finding(MisconductSeverity.Serious, 3, new DateOnly(2019, 4, 15));
        Assert.False(f.IsActiveOn(new DateOnly(2019, 4, 14)));
        Assert.True(f.IsActiveOn(new DateOnly(2019, 4, 15)));
        Assert.Equal(new DateOnly(2022, 4, 14), f.LastBannedDay);
        Assert.True(f.IsActiveOn(new DateOnly(2022, 4, 14)));
        Assert.False(f.IsActiveOn(new DateOnly(2022, 4, 15)));
        // Beijing date decides: 2019-04-14 16:00 UTC is already 04-15 in Beijing.
        Assert.True(f.IsActiveAt(new DateTimeOffset(2019, 4, 14, 16, 0, 0, TimeSpan.Zero)));
        Assert.False(f.IsActiveAt(new DateTimeOffset(2019, 4, 14, 15, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Every_category_and_severity_has_names_in_both_languages()
    {
        Assert.All(Enum.GetValues<MisconductCategory>(), c => Assert.NotEqual(c.ToString(), MisconductNames.Of(c).Zh));
        Assert.All(Enum.GetValues<MisconductSeverity>(), s => Assert.NotEqual(s.ToString(), MisconductNames.Of(s).Zh));
        Assert.Equal(6, Enum.GetValues<MisconductCategory>().Length);
    }
}
