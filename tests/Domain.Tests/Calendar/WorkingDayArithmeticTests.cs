using XjKeji.Domain.Calendar;
using static XjKeji.Domain.Tests.Calendar.Dates;

namespace XjKeji.Domain.Tests.Calendar;

/// <summary>
/// Deadline arithmetic across the long holidays. Every expectation was counted by hand on a calendar, day by day, with
/// the notice in hand (the comment on each case shows the count).
/// </summary>
public class WorkingDayArithmeticTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Default;

    [Theory]
    // 2018 春节 Feb 15–21: 14 Wed(1), 22 Thu(2), 23 Fri(3), 24 Sat make-up(4), 26 Mon(5).
    [InlineData("2018-02-13", 5, "2018-02-26")]
    // 2018 国庆: 28 Fri(1), 29 Sat make-up(2), 30 Sun make-up(3); then Oct 1–7 off, Oct 8 Mon(4).
    [InlineData("2018-09-27", 3, "2018-09-30")]
    [InlineData("2018-09-27", 4, "2018-10-08")]
    // 2019 春节 Feb 4–10 with Sat 2 and Sun 3 worked: Feb 1 Fri(1), 2(2), 3(3), then Feb 11 Mon(4).
    [InlineData("2019-01-31", 3, "2019-02-03")]
    [InlineData("2019-01-31", 4, "2019-02-11")]
    // 2019 国庆: Sep 29 Sun make-up(1), 30 Mon(2), Oct 1–7 off, 8(3), 9(4), 10 Thu(5).
    [InlineData("2019-09-27", 5, "2019-10-10")]
    // 2020 春节 extended to Feb 2, so Sat Feb 1 is no longer worked: Jan 23(1), Feb 3(2), Feb 4(3).
    [InlineData("2020-01-22", 3, "2020-02-04")]
    // 2020 国庆+中秋 Oct 1–8: Sep 27 Sun make-up(1), 28(2), 29(3), 30(4), Oct 9 Fri(5), Oct 10 Sat make-up(6).
    [InlineData("2020-09-25", 5, "2020-10-09")]
    [InlineData("2020-09-25", 6, "2020-10-10")]
    // 2023 中秋+国庆 Sep 29–Oct 6: the next working day is Sat Oct 7, a make-up day.
    [InlineData("2023-09-28", 1, "2023-10-07")]
    // 2024 春节 Feb 10–17: Feb 9 Fri(1), Feb 18 Sun make-up(2).
    [InlineData("2024-02-08", 2, "2024-02-18")]
    // 2025 春节 Jan 28 (除夕)–Feb 4: Jan 26 Sun make-up(1), 27 Mon(2), Feb 5 Wed(3).
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    // 2026 春节 Feb 15–23: Feb 13 Fri(1), 14 Sat make-up(2), 24(3), 25(4), 26 Thu(5).
    [InlineData("2026-02-12", 5, "2026-02-26")]
    // 2026 国庆 Oct 1–7: Oct 8 Thu(1), 9 Fri(2), 10 Sat make-up(3).
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    public void Adding_working_days_skips_holidays_and_counts_make_up_days(string start, int days, string expected)
    {
        var result = Calendar.AddWorkingDays(D(start), days);
        Assert.Equal(new CalendarDate(D(expected), IsProvisional: false), result);
    }

    [Theory]
    // Back from 2018-02-26: 24 Sat make-up(1), 23(2), 22(3), Feb 21–15 off, 14(4), 13(5).
    [InlineData("2018-02-26", -5, "2018-02-13")]
    // Reminders before a 2018-10-08 deadline: Sep 30 Sun make-up(1), 29 Sat make-up(2), 28 Fri(3), 27(4), 26(5),
    // 25(6), Sep 24 is 中秋 and 22–23 the weekend folded into it, so Sep 21 Fri(7).
    [InlineData("2018-10-08", -1, "2018-09-30")]
    [InlineData("2018-10-08", -3, "2018-09-28")]
    [InlineData("2018-10-08", -7, "2018-09-21")]
    // Back from 2026-10-12: Oct 10 Sat make-up(1), 9(2), 8(3), Oct 1–7 off, Sep 30(4), 29(5), 28(6), 中秋 Sep 25–27 off, Sep 24 Thu(7).
    [InlineData("2026-10-12", -7, "2026-09-24")]
    public void Subtracting_working_days_finds_reminder_dates_before_a_holiday(string start, int days, string expected)
    {
        var result = Calendar.AddWorkingDays(D(start), days);
        Assert.Equal(new CalendarDate(D(expected), IsProvisional: false), result);
    }

    [Fact]
    public void Adding_zero_returns_the_start_even_on_a_holiday()
    {
        Assert.Equal(new CalendarDate(D("2018-02-16"), false), Calendar.AddWorkingDays(D("2018-02-16"), 0));
    }

    [Theory]
    [InlineData("2018-02-13", "2018-02-26", 5)]
    // October 2018: Oct 1–7 off, then weekdays Oct 8–31 = 5 + 5 + 5 + 3.
    [InlineData("2018-09-30", "2018-10-31", 18)]
    // Only the make-up Saturday Feb 24 lies in (Feb 23, Feb 25].
    [InlineData("2018-02-23", "2018-02-25", 1)]
    [InlineData("2018-02-14", "2018-02-21", 0)]
    [InlineData("2018-03-05", "2018-03-05", 0)]
    [InlineData("2018-03-09", "2018-03-05", 0)]
    public void Counting_working_days_excludes_from_and_includes_to(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.CountWorkingDays(D(from), D(to)));

    [Theory]
    [InlineData("2018-02-15", "2018-02-22")] // first day of 春节 → Thursday after it
    [InlineData("2018-02-24", "2018-02-24")] // a make-up Saturday is itself a working day
    [InlineData("2018-02-25", "2018-02-26")] // the Sunday after it is not
    [InlineData("2018-03-05", "2018-03-05")] // an ordinary Monday
    [InlineData("2020-02-01", "2020-02-03")] // the cancelled 2020 make-up Saturday
    [InlineData("2023-09-29", "2023-10-07")] // 中秋+国庆 2023 ends on a make-up Saturday
    public void Next_working_day_on_or_after(string start, string expected) =>
        Assert.Equal(new CalendarDate(D(expected), false), Calendar.NextWorkingDayOnOrAfter(D(start)));
}
