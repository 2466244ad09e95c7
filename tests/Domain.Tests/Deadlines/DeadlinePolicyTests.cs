using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;

namespace XjKeji.Domain.Tests.Deadlines;

/// <summary>Expected dates below were worked out by hand from the State Council holiday notices.</summary>
public class DeadlinePolicyTests
{
    private static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);

    [Fact]
    public void Publicity_of_five_working_days_spans_National_Day_with_its_make_up_weekend()
    {
        // Published Fri 2018-09-28: 9/28, Sat 9/29 and Sun 9/30 (调休 working days), then Oct 1–7 off, 10/8, 10/9.
        var d = Policy.Publicity(new DateOnly(2018, 9, 28));
        Assert.Equal(new DateOnly(2018, 10, 9), d.DueOn);
        Assert.False(d.IsProvisional);
    }

    [Fact]
    public void Publicity_published_on_a_Saturday_counts_from_Monday()
    {
        // Sat 2018-05-05 is not a working day: Mon 5/7 … Fri 5/11.
        Assert.Equal(new DateOnly(2018, 5, 11), Policy.Publicity(new DateOnly(2018, 5, 5)).DueOn);
    }

    [Fact]
    public void Contract_window_ending_in_Spring_Festival_rolls_to_the_next_working_day_with_reminders_around_it()
    {
        // Approved 2018-01-20 + 30 days = 2018-02-19, inside 春节 (Feb 15–21): due Thu 2018-02-22.
        var d = Policy.ContractSignature(new DateOnly(2018, 1, 20));
        Assert.Equal(new DateOnly(2018, 2, 22), d.DueOn);
        // Working days before Feb 22: 2/14, 2/13, 2/12, Sun 2/11 (调休), 2/9, 2/8, 2/7.
        Assert.Equal([(new DateOnly(2018, 2, 7), 7), (new DateOnly(2018, 2, 12), 3), (new DateOnly(2018, 2, 14), 1)],
            d.Reminders.Select(r => (r.SendOn, r.WorkingDaysBefore)));
        Assert.Equal(new DateOnly(2018, 2, 23), d.OverdueNoticeOn);
        // Grace of 5 working days: 2/23, Sat 2/24 (调休), 2/26, 2/27, 2/28.
        Assert.Equal(new DateOnly(2018, 2, 28), d.GraceEndsOn);
        Assert.Equal(OverdueAction.RecordCreditEvent | OverdueAction.Terminate | OverdueAction.EscalateToOfficer, d.OnMissed);
        Assert.Equal(new DateTimeOffset(2018, 2, 23, 0, 0, 0, TimeSpan.FromHours(8)), d.DueAt.AddTicks(1));
        Assert.Equal(new DateTimeOffset(2018, 2, 7, 1, 0, 0, TimeSpan.Zero), d.Reminders[0].SendAt.ToUniversalTime());
    }

    [Fact]
    public void Mid_term_is_at_the_midpoint_of_two_year_projects_only()
    {
        // 2019-01-01 … 2020-12-31: midpoint 2020-01-01 (元旦) → 2020-01-02.
        Assert.Equal(new DateOnly(2020, 1, 2), Policy.MidTermNoticeOn(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)));
        Assert.Null(Policy.MidTermNoticeOn(new DateOnly(2019, 1, 1), new DateOnly(2020, 6, 30)));
        // Report due 30 days after the notice: 2020-02-01 is a Saturday (and in 2020 no 调休 then) → Mon 2020-02-03.
        Assert.Equal(new DateOnly(2020, 2, 3), Policy.MidTermReport(new DateOnly(2020, 1, 2)).DueOn);
    }

    [Fact]
    public void Acceptance_window_is_three_months_after_the_end_date()
    {
        Assert.Equal(new DateOnly(2020, 9, 30), Policy.AcceptanceReport(new DateOnly(2020, 6, 30)).DueOn);
        // 2018-07-01 + 3 months = 2018-10-01 (国庆): rolls to Mon 2018-10-08.
        Assert.Equal(new DateOnly(2018, 10, 8), Policy.AcceptanceReport(new DateOnly(2018, 7, 1)).DueOn);
    }

    [Fact]
    public void Deadlines_outside_the_covered_years_are_provisional()
    {
        var d = Policy.AcceptanceReport(new DateOnly(2027, 3, 31));
        Assert.True(d.IsProvisional);
        Assert.Equal(new DateOnly(2027, 6, 30), d.DueOn); // a Wednesday; Monday–Friday counting
        Assert.False(Policy.AcceptanceReport(new DateOnly(2025, 3, 31)).IsProvisional);
    }

    [Fact]
    public void Configured_rules_replace_the_defaults()
    {
        var rules = Regulations.Defaults with
        {
            PublicityPeriod = new PublicityPeriodRule(7),
            ReminderSchedule = new ReminderScheduleRule([2], 1, 1),
        };
        var policy = new DeadlinePolicy(rules, ChinaWorkingDayCalendar.Default);
        Assert.Equal(new DateOnly(2018, 5, 15), policy.Publicity(new DateOnly(2018, 5, 7)).DueOn);
        Assert.Equal(2, Assert.Single(policy.Publicity(new DateOnly(2018, 5, 7)).Reminders).WorkingDaysBefore);
    }

    [Fact]
    public void Latest_extension_request_is_three_months_before_the_end() =>
        Assert.Equal(new DateOnly(2020, 3, 30), Policy.LatestExtensionRequestOn(new DateOnly(2020, 6, 30)));
}
