namespace XjKeji.Domain.Calendar;

/// <summary>
/// A date computed on the working-day calendar, and whether any day the computation looked at lies in a year the
/// holiday data does not cover. For such years only Monday–Friday counted, so the date may move once the State
/// Council publishes that year's notice: callers show it as provisional (暂定) and log it.
/// </summary>
/// <param name="Date">The computed Beijing calendar date.</param>
/// <param name="IsProvisional">True when the computation used a year without official holiday data.</param>
public readonly record struct CalendarDate(DateOnly Date, bool IsProvisional);
