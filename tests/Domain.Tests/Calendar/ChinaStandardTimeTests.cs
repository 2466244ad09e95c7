using System.Globalization;
using XjKeji.Domain.Calendar;
using static XjKeji.Domain.Tests.Calendar.Dates;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>Beijing time is UTC+8 with no daylight saving: the day boundary is 16:00 UTC.</summary>
public class ChinaStandardTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void The_offset_is_eight_hours() => Assert.Equal(TimeSpan.FromHours(8), ChinaStandardTime.Offset);

    [Fact]
    public void Utc_afternoon_is_already_the_next_beijing_day()
    {
        Assert.Equal(D("2018-02-15"), ChinaStandardTime.DateOf(Utc(2018, 2, 14, 16, 30)));
        Assert.Equal(D("2018-02-14"), ChinaStandardTime.DateOf(Utc(2018, 2, 14, 15, 59, 59)));
        Assert.Equal(D("2019-01-01"), ChinaStandardTime.DateOf(Utc(2018, 12, 31, 16, 0)));
    }

    [Fact]
    public void Other_offsets_are_converted_not_relabelled()
    {
        // 09:00 in Urumqi local solar time (UTC+6) is 11:00 Beijing time the same day.
        var urumqi = new DateTimeOffset(2018, 3, 5, 9, 0, 0, TimeSpan.FromHours(6));
        var beijing = ChinaStandardTime.ToChina(urumqi);
        Assert.Equal(urumqi, beijing);
        Assert.Equal(TimeSpan.FromHours(8), beijing.Offset);
        Assert.Equal(11, beijing.Hour);
    }

    [Fact]
    public void Start_and_end_of_day_bound_the_beijing_date()
    {
        var start = ChinaStandardTime.StartOfDay(D("2018-02-26"));
        var end = ChinaStandardTime.EndOfDay(D("2018-02-26"));

        Assert.Equal(Utc(2018, 2, 25, 16, 0), start);
        Assert.Equal(Utc(2018, 2, 26, 16, 0).AddTicks(-1), end);
        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
        Assert.Equal(ChinaStandardTime.StartOfDay(D("2018-02-27")), end.AddTicks(1));
        Assert.Equal(D("2018-02-26"), ChinaStandardTime.DateOf(end));
    }

    [Fact]
    public void Format_shows_beijing_time_with_invariant_digits_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // ar-SA formats with the Hijri calendar by default; the output must not depend on it.
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("2018-02-26 17:30 (北京时间)", ChinaStandardTime.Format(Utc(2018, 2, 26, 9, 30)));
            Assert.Equal("2018-02-27 00:05 (北京时间)", ChinaStandardTime.Format(Utc(2018, 2, 26, 16, 5)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
