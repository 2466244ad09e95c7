using XjKeji.Domain.Calendar;
using static XjKeji.Domain.Tests.Calendar.Dates;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>
/// The embedded data against the State Council notices. Expected dates are copied from the notices themselves
/// (国办发明电〔2017〕12号 … 〔2025〕7号, with the 2019 劳动节 and 2020 春节 adjustments), not from the JSON.
/// </summary>
public class HolidayDataTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Default;

    public static TheoryData<int> CoveredYears() => new(Enumerable.Range(2018, 9));

    [Fact]
    public void Every_year_2018_to_2026_loads_and_nothing_else()
    {
        Assert.Equal(Enumerable.Range(2018, 9), Calendar.CoveredYears);
        Assert.Equal(Calendar.CoveredYears, Calendar.Years.Select(y => y.Year));
        Assert.False(Calendar.Covers(2017));
        Assert.False(Calendar.Covers(2027));
    }

    [Fact]
    public void Default_is_loaded_once_and_shared_across_threads()
    {
        var seen = new ChinaWorkingDayCalendar[16];
        Parallel.For(0, seen.Length, i => seen[i] = ChinaWorkingDayCalendar.Default);
        Assert.All(seen, c => Assert.Same(Calendar, c));
    }

    [Theory]
    [MemberData(nameof(CoveredYears))]
    public void Every_year_names_its_notice(int year)
    {
        var data = Calendar.Years.Single(y => y.Year == year);
        Assert.StartsWith("国办发明电〔" + (year - 1), data.Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CoveredYears))]
    public void Every_make_up_day_is_a_saturday_or_sunday_classified_as_worked(int year)
    {
        var data = Calendar.Years.Single(y => y.Year == year);
        Assert.All(data.MakeUpWorkdays, day =>
        {
            Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{day} is a {day.DayOfWeek}");
            Assert.Equal(DayKind.MakeUpWorkday, Calendar.Classify(day));
            Assert.True(Calendar.IsWorkingDay(day));
        });
    }

    [Theory]
    [MemberData(nameof(CoveredYears))]
    public void Every_year_has_the_seven_statutory_holidays(int year)
    {
        // 中秋 and 国庆 share one block in 2020, 2023 and 2025 (国庆节、中秋节 / 中秋节、国庆节), so match by part of the name.
        var names = Calendar.Years.Single(y => y.Year == year).Holidays.Select(h => h.Name).ToList();
        foreach (var festival in new[] { "元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆" })
        {
            Assert.Contains(names, n => n.Contains(festival, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CoveredYears))]
    public void Every_holiday_day_is_classified_off_with_both_names(int year)
    {
        foreach (var block in Calendar.Years.Single(y => y.Year == year).Holidays)
        {
            Assert.False(string.IsNullOrWhiteSpace(block.NameEn));
            for (var day = block.From; day <= block.To; day = day.AddDays(1))
            {
                Assert.Equal(DayKind.PublicHoliday, Calendar.Classify(day));
                Assert.Equal(block.Name, Calendar.HolidayName(day));
            }
        }
    }

    [Theory]
    [InlineData(2018, 6)]
    [InlineData(2019, 7)]
    [InlineData(2020, 6)]
    [InlineData(2021, 7)]
    [InlineData(2022, 7)]
    [InlineData(2023, 7)]
    [InlineData(2024, 8)]
    [InlineData(2025, 5)]
    [InlineData(2026, 6)]
    public void Each_year_has_as_many_make_up_days_as_its_notice(int year, int count) =>
        Assert.Equal(count, Calendar.Years.Single(y => y.Year == year).MakeUpWorkdays.Count);

    [Theory]
    [InlineData("2018-02-11", DayKind.MakeUpWorkday, null)]
    [InlineData("2018-02-15", DayKind.PublicHoliday, "春节")]
    [InlineData("2018-02-21", DayKind.PublicHoliday, "春节")]
    [InlineData("2018-02-24", DayKind.MakeUpWorkday, null)]
    [InlineData("2018-03-03", DayKind.Weekend, null)]
    [InlineData("2018-03-05", DayKind.Workday, null)]
    [InlineData("2018-06-16", DayKind.PublicHoliday, "端午节")] // 6月18日放假，与周末连休
    [InlineData("2018-09-29", DayKind.MakeUpWorkday, null)]
    [InlineData("2018-09-30", DayKind.MakeUpWorkday, null)]
    [InlineData("2018-10-07", DayKind.PublicHoliday, "国庆节")]
    [InlineData("2018-12-29", DayKind.MakeUpWorkday, null)] // set by the 2019 notice
    [InlineData("2018-12-31", DayKind.PublicHoliday, "元旦")]
    [InlineData("2019-05-04", DayKind.PublicHoliday, "劳动节")] // 国办发明电〔2019〕3号
    [InlineData("2019-05-05", DayKind.MakeUpWorkday, null)]
    [InlineData("2019-10-12", DayKind.MakeUpWorkday, null)]
    [InlineData("2020-01-19", DayKind.MakeUpWorkday, null)]
    [InlineData("2020-02-01", DayKind.PublicHoliday, "春节")] // was a make-up Saturday until the extension
    [InlineData("2020-02-02", DayKind.PublicHoliday, "春节")]
    [InlineData("2020-02-03", DayKind.Workday, null)]
    [InlineData("2020-09-27", DayKind.MakeUpWorkday, null)]
    [InlineData("2020-10-08", DayKind.PublicHoliday, "国庆节、中秋节")]
    [InlineData("2020-10-10", DayKind.MakeUpWorkday, null)]
    [InlineData("2021-09-18", DayKind.MakeUpWorkday, null)]
    [InlineData("2022-01-29", DayKind.MakeUpWorkday, null)]
    [InlineData("2022-10-09", DayKind.MakeUpWorkday, null)]
    [InlineData("2022-12-31", DayKind.PublicHoliday, "元旦")]
    [InlineData("2023-01-02", DayKind.PublicHoliday, "元旦")]
    [InlineData("2023-04-05", DayKind.PublicHoliday, "清明节")]
    [InlineData("2023-04-06", DayKind.Workday, null)]
    [InlineData("2023-09-29", DayKind.PublicHoliday, "中秋节、国庆节")]
    [InlineData("2023-10-08", DayKind.MakeUpWorkday, null)]
    [InlineData("2024-02-17", DayKind.PublicHoliday, "春节")]
    [InlineData("2024-02-18", DayKind.MakeUpWorkday, null)]
    [InlineData("2024-10-12", DayKind.MakeUpWorkday, null)]
    [InlineData("2025-01-26", DayKind.MakeUpWorkday, null)]
    [InlineData("2025-01-28", DayKind.PublicHoliday, "春节")] // 除夕 is a holiday from 2025
    [InlineData("2025-02-04", DayKind.PublicHoliday, "春节")]
    [InlineData("2025-02-08", DayKind.MakeUpWorkday, null)]
    [InlineData("2025-04-27", DayKind.MakeUpWorkday, null)]
    [InlineData("2025-05-05", DayKind.PublicHoliday, "劳动节")]
    [InlineData("2025-10-08", DayKind.PublicHoliday, "国庆节、中秋节")]
    [InlineData("2026-01-04", DayKind.MakeUpWorkday, null)]
    [InlineData("2026-02-14", DayKind.MakeUpWorkday, null)]
    [InlineData("2026-02-23", DayKind.PublicHoliday, "春节")]
    [InlineData("2026-02-28", DayKind.MakeUpWorkday, null)]
    [InlineData("2026-05-09", DayKind.MakeUpWorkday, null)]
    [InlineData("2026-06-19", DayKind.PublicHoliday, "端午节")]
    [InlineData("2026-09-20", DayKind.MakeUpWorkday, null)]
    [InlineData("2026-09-25", DayKind.PublicHoliday, "中秋节")]
    [InlineData("2026-10-08", DayKind.Workday, null)]
    [InlineData("2026-10-10", DayKind.MakeUpWorkday, null)]
    public void Dates_from_the_notices_are_classified_as_published(string date, DayKind kind, string? holiday)
    {
        Assert.Equal(kind, Calendar.Classify(D(date)));
        Assert.Equal(holiday, Calendar.HolidayName(D(date)));
    }

    [Fact]
    public void Spring_festival_2020_runs_to_the_extended_end()
    {
        var block = Calendar.HolidayAt(D("2020-01-24"));
        Assert.NotNull(block);
        Assert.Equal(D("2020-02-02"), block.To);
        Assert.Equal(10, block.Days);
        Assert.Equal("Spring Festival", block.NameEn);
    }

    [Theory]
    [InlineData("2017-12-31", "2018-12-31", 250)]
    [InlineData("2025-12-31", "2026-12-31", 248)]
    public void A_whole_year_has_the_published_number_of_working_days(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.CountWorkingDays(D(from), D(to)));
}
