namespace XjKeji.Domain.Calendar;

/// <summary>
/// China's working-day calendar: weekends, official public holidays and make-up working days (调休). Deadlines such as
/// the 5-working-day publicity period and reminders "3 working days before" are computed on it, never on plain
/// weekdays, because a holiday week can hide most of a period.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Classifies a Beijing calendar date.</summary>
    /// <param name="date">The date to classify.</param>
    /// <returns>The kind of day; in years without data only Saturday and Sunday are days off.</returns>
    DayKind Classify(DateOnly date);

    /// <summary>True when offices work that day: <see cref="DayKind.Workday"/> or <see cref="DayKind.MakeUpWorkday"/>.</summary>
    /// <param name="date">The date to check.</param>
    bool IsWorkingDay(DateOnly date);

    /// <summary>True when the holiday data has the official arrangement of that year.</summary>
    /// <param name="year">The calendar year.</param>
    bool Covers(int year);

    /// <summary>
    /// Counts working days from <paramref name="start"/>. n &gt; 0: the n-th working day strictly after start;
    /// n &lt; 0: the |n|-th working day strictly before start; n == 0: start itself (provisional if start's year is not
    /// covered).
    /// </summary>
    /// <param name="start">The date counted from; it never counts itself.</param>
    /// <param name="workingDays">How many working days to move, forwards when positive, backwards when negative.</param>
    CalendarDate AddWorkingDays(DateOnly start, int workingDays);

    /// <summary>Number of working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/> (0 when to &lt;= from).</summary>
    /// <param name="from">Exclusive lower bound.</param>
    /// <param name="to">Inclusive upper bound.</param>
    int CountWorkingDays(DateOnly from, DateOnly to);

    /// <summary><paramref name="start"/> if it is a working day, else the next working day after it.</summary>
    /// <param name="start">The first candidate date.</param>
    CalendarDate NextWorkingDayOnOrAfter(DateOnly start);
}
