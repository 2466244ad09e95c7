using XjKeji.Domain.Calendar;

namespace XjKeji.Domain.Deadlines;

/// <summary>
/// A computed deadline: due by the end of <see cref="DueOn"/> in Beijing time, with the reminder dates before it, the
/// overdue notice and grace end after it, and what happens when the grace passes.
/// </summary>
/// <param name="Step">The step the deadline is for.</param>
/// <param name="DueOn">The Beijing date by whose end the step is due.</param>
/// <param name="Reminders">Reminder dates with how many working days before the deadline each is, earliest first; dates already past at computation are kept (callers skip them).</param>
/// <param name="OverdueNoticeOn">Date of the overdue notice.</param>
/// <param name="GraceEndsOn">Last date a late submission is still accepted.</param>
/// <param name="OnMissed">What happens when the grace ends with nothing submitted.</param>
/// <param name="IsProvisional">True when any date was computed outside the calendar's covered years (Monday–Friday only).</param>
public sealed record StepDeadline(
    DeadlineStep Step,
    DateOnly DueOn,
    IReadOnlyList<Reminder> Reminders,
    DateOnly OverdueNoticeOn,
    DateOnly GraceEndsOn,
    OverdueAction OnMissed,
    bool IsProvisional)
{
    /// <summary>The instant the step is due: end of <see cref="DueOn"/>, Beijing time.</summary>
    public DateTimeOffset DueAt => ChinaStandardTime.EndOfDay(DueOn);

    /// <summary>The instant the grace ends: end of <see cref="GraceEndsOn"/>, Beijing time.</summary>
    public DateTimeOffset GraceEndsAt => ChinaStandardTime.EndOfDay(GraceEndsOn);
}

/// <summary>A reminder to send on <paramref name="SendOn"/>, <paramref name="WorkingDaysBefore"/> working days before a deadline.</summary>
/// <param name="SendOn">The Beijing date to send it (sent at the start of the working day).</param>
/// <param name="WorkingDaysBefore">How many working days before the deadline.</param>
public sealed record Reminder(DateOnly SendOn, int WorkingDaysBefore)
{
    /// <summary>The instant to send: 09:00 Beijing time, the start of the office day.</summary>
    public DateTimeOffset SendAt => ChinaStandardTime.StartOfDay(SendOn).AddHours(9);
}
