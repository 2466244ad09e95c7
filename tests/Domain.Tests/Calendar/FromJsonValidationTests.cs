using XjKeji.Domain.Calendar;
using static XjKeji.Domain.Tests.Calendar.Dates;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>The data is typed in by hand each year, so each kind of mistake must fail loudly and name the entry.</summary>
public class FromJsonValidationTests
{
    private const string NewYear = """{ "name": "元旦", "nameEn": "New Year's Day", "from": "2030-01-01", "to": "2030-01-01" }""";
    private const string SpringFestival = """{ "name": "春节", "nameEn": "Spring Festival", "from": "2030-02-02", "to": "2030-02-08" }""";

    private static string Year2030(string holidays, string makeUps, string source = "国办发明电〔2029〕1号") =>
        $$"""{ "years": { "2030": { "source": "{{source}}", "holidays": [ {{holidays}} ], "makeUpWorkdays": [ {{makeUps}} ] } } }""";

    private static string Rejection(string json) =>
        Assert.Throws<InvalidDataException>(() => ChinaWorkingDayCalendar.FromJson(json)).Message;

    [Fact]
    public void Valid_data_builds_a_calendar()
    {
        // 2030-01-27 is a Sunday and 2030-02-09 a Saturday (checked on a calendar).
        var calendar = ChinaWorkingDayCalendar.FromJson(Year2030($"{NewYear}, {SpringFestival}", "\"2030-01-27\", \"2030-02-09\""));

        Assert.Equal([2030], calendar.CoveredYears);
        Assert.Equal(DayKind.PublicHoliday, calendar.Classify(D("2030-01-01")));
        Assert.Equal(DayKind.MakeUpWorkday, calendar.Classify(D("2030-02-09")));
        Assert.Equal("春节", calendar.HolidayName(D("2030-02-03")));
        // Feb 1 Fri(1), Feb 2–8 off, Feb 9 Sat make-up(2).
        Assert.Equal(new CalendarDate(D("2030-02-09"), false), calendar.AddWorkingDays(D("2030-01-31"), 2));
    }

    [Fact]
    public void A_notice_may_reach_into_the_december_before()
    {
        // Like 元旦 2019 (2018-12-30 to 2019-01-01, Saturday 2018-12-29 worked).
        var calendar = ChinaWorkingDayCalendar.FromJson(Year2030(
            """{ "name": "元旦", "nameEn": "New Year's Day", "from": "2029-12-30", "to": "2030-01-01" }""",
            "\"2029-12-29\""));

        Assert.Equal(DayKind.PublicHoliday, calendar.Classify(D("2029-12-31")));
        Assert.Equal(DayKind.MakeUpWorkday, calendar.Classify(D("2029-12-29")));
        Assert.False(calendar.Covers(2029));
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_rejected_by_position_and_date()
    {
        var message = Rejection(Year2030(NewYear, "\"2030-01-27\", \"2030-01-07\""));
        Assert.Contains("year 2030, makeUpWorkdays[1]", message, StringComparison.Ordinal);
        Assert.Contains("2030-01-07 is a Monday", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_ending_before_it_starts_is_rejected_by_name()
    {
        var message = Rejection(Year2030(
            NewYear + """, { "name": "春节", "nameEn": "Spring Festival", "from": "2030-02-08", "to": "2030-02-02" }""", ""));
        Assert.Contains("year 2030, holidays[1] (春节)", message, StringComparison.Ordinal);
        Assert.Contains("before", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Holiday_blocks_out_of_order_are_rejected()
    {
        var message = Rejection(Year2030($"{SpringFestival}, {NewYear}", ""));
        Assert.Contains("holidays[1] (元旦)", message, StringComparison.Ordinal);
        Assert.Contains("date order", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_both_off_and_worked_is_rejected()
    {
        // 2030-02-03 is a Sunday inside the 春节 block.
        var message = Rejection(Year2030($"{NewYear}, {SpringFestival}", "\"2030-02-03\""));
        Assert.Contains("2030-02-03", message, StringComparison.Ordinal);
        Assert.Contains("春节", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_claimed_by_two_years_is_rejected()
    {
        var json = """
            { "years": {
              "2030": { "source": "a", "holidays": [ { "name": "元旦", "nameEn": "New Year's Day", "from": "2030-01-01", "to": "2030-01-01" } ], "makeUpWorkdays": [] },
              "2031": { "source": "b", "holidays": [ { "name": "元旦", "nameEn": "New Year's Day", "from": "2030-12-31", "to": "2031-01-01" } ], "makeUpWorkdays": [ "2030-12-29" ] },
              "2029": { "source": "c", "holidays": [ { "name": "国庆节", "nameEn": "National Day", "from": "2029-10-01", "to": "2029-10-07" } ], "makeUpWorkdays": [] }
            } }
            """;
        Assert.Equal([2029, 2030, 2031], ChinaWorkingDayCalendar.FromJson(json).CoveredYears);

        var clash = json.Replace("\"2030-12-29\"", "\"2030-12-31\"", StringComparison.Ordinal);
        Assert.Contains("2030-12-31", Rejection(clash), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2030-02-30", "is not a date")]
    [InlineData("30-02-01", "is not a date")]
    [InlineData("2031-01-04", "outside the notice's year 2030")]
    [InlineData("2029-11-30", "outside the notice's year 2030")]
    public void Bad_or_misplaced_dates_are_rejected(string date, string expected)
    {
        var message = Rejection(Year2030(
            $$"""{ "name": "劳动节", "nameEn": "Labour Day", "from": "{{date}}", "to": "{{date}}" }""", ""));
        Assert.Contains("holidays[0] (劳动节), \"from\"", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_implausibly_long_block_is_rejected()
    {
        // A typo such as 10-07 → 12-07 would otherwise close the office for two months.
        var message = Rejection(Year2030(
            """{ "name": "国庆节", "nameEn": "National Day", "from": "2030-10-01", "to": "2030-12-07" }""", ""));
        Assert.Contains("holidays[0] (国庆节)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "years": { "2030": { "source": "x", "holidays": [ { "name": "元旦", "from": "2030-01-01", "to": "2030-01-01" } ], "makeUpWorkdays": [] } } }""", "\"nameEn\" is missing")]
    [InlineData("""{ "years": { "2030": { "holidays": [], "makeUpWorkdays": [] } } }""", "year 2030: \"source\" is missing")]
    [InlineData("""{ "years": { "2030": { "source": "x", "holidays": [], "makeUpWorkdays": [] } } }""", "\"holidays\" is empty")]
    [InlineData("""{ "years": { "2030": { "source": "x", "holidays": [ { "name": "元旦", "nameEn": "New Year's Day", "from": "2030-01-01", "to": "2030-01-01" } ] } } }""", "year 2030: \"makeUpWorkdays\" must be an array")]
    [InlineData("""{ "years": { "20x0": {} } }""", "\"20x0\" is not a four-digit year")]
    [InlineData("""{ "years": {} }""", "\"years\" is empty")]
    [InlineData("""{ "2030": {} }""", "\"years\" object")]
    [InlineData("""{ "years": """, "not valid JSON")]
    public void Structural_mistakes_are_rejected(string json, string expected) =>
        Assert.Contains(expected, Rejection(json), StringComparison.Ordinal);

    [Fact]
    public void A_repeated_make_up_day_is_rejected() =>
        Assert.Contains("listed twice", Rejection(Year2030(NewYear, "\"2030-01-27\", \"2030-01-27\"")), StringComparison.Ordinal);
}
