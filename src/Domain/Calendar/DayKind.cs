namespace XjKeji.Domain.Calendar;

/// <summary>
/// What kind of day a date is on China's official calendar. Two kinds are working days: an ordinary weekday and a
/// Saturday or Sunday that the State Council turned into a working day (调休上班) to lengthen a holiday block.
/// </summary>
public enum DayKind
{
    /// <summary>Monday to Friday with no holiday: a working day.</summary>
    Workday,

    /// <summary>An ordinary Saturday or Sunday: not a working day.</summary>
    Weekend,

    /// <summary>A day off inside an official holiday block (放假), whatever the weekday: not a working day.</summary>
    PublicHoliday,

    /// <summary>A Saturday or Sunday worked in exchange for a holiday day (调休上班): a working day.</summary>
    MakeUpWorkday,
}
