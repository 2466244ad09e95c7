using XjKeji.Domain.Calendar;
using static XjKeji.Domain.Tests.Calendar.Dates;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>Outside the covered years only Monday–Friday count, and every result that looked there says so.</summary>
public class ProvisionalTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Default;

    [Fact]
    public void An_uncovered_year_counts_monday_to_friday_only()
    {
        // 2027-02-06 is 除夕 in reality, but no notice exists yet, so Feb 8–12 (Mon–Fri) count.
        Assert.Equal(new CalendarDate(D("2027-02-12"), true), Calendar.AddWorkingDays(D("2027-02-05"), 5));
        Assert.Equal(DayKind.Workday, Calendar.Classify(D("2027-01-01")));
        Assert.Equal(DayKind.Weekend, Calendar.Classify(D("2027-01-02")));
        Assert.Null(Calendar.HolidayName(D("2027-10-01")));
    }

    [Theory]
    [InlineData("2027-01-01", 1, "2027-01-04")] // Fri → Mon
    [InlineData("2026-12-29", 5, "2027-01-05")] // Dec 30(1), 31(2), Jan 1(3), 4(4), 5(5): starts covered, ends in 2027
    [InlineData("2027-01-04", -1, "2027-01-01")]
    [InlineData("2027-01-04", -2, "2026-12-31")] // ends covered, but Jan 1–3 2027 were looked at
    [InlineData("2018-01-02", -1, "2017-12-29")] // Jan 1 off, Dec 30–31 2017 weekend, Fri Dec 29
    [InlineData("2017-06-01", 1, "2017-06-02")]
    public void Results_that_touch_an_uncovered_year_are_provisional(string start, int days, string expected) =>
        Assert.Equal(new CalendarDate(D(expected), true), Calendar.AddWorkingDays(D(start), days));

    [Fact]
    public void Results_inside_covered_years_are_not_provisional()
    {
        Assert.Equal(new CalendarDate(D("2026-12-30"), false), Calendar.AddWorkingDays(D("2026-12-28"), 2));
        Assert.Equal(new CalendarDate(D("2026-12-31"), false), Calendar.NextWorkingDayOnOrAfter(D("2026-12-31")));
    }

    [Fact]
    public void The_start_is_not_looked_at_when_moving_away_from_it()
    {
        // Publicity counts from the day before publication; publishing on 2018-01-02 must not be provisional.
        Assert.Equal(new CalendarDate(D("2018-01-02"), false), Calendar.AddWorkingDays(D("2017-12-31"), 1));
    }

    [Fact]
    public void Zero_days_is_provisional_exactly_when_the_start_year_is_uncovered()
    {
        Assert.True(Calendar.AddWorkingDays(D("2027-03-01"), 0).IsProvisional);
        Assert.False(Calendar.AddWorkingDays(D("2026-03-02"), 0).IsProvisional);
    }

    [Fact]
    public void Next_working_day_into_an_uncovered_year_is_provisional() =>
        Assert.Equal(new CalendarDate(D("2027-01-04"), true), Calendar.NextWorkingDayOnOrAfter(D("2027-01-02")));

    [Fact]
    public void Counting_into_an_uncovered_year_uses_monday_to_friday() =>
        // January 2027 has 21 weekdays (Fri 1, then four full weeks).
        Assert.Equal(21, Calendar.CountWorkingDays(D("2026-12-31"), D("2027-01-31")));
}
