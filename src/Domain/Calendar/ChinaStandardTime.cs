using System.Globalization;

namespace XjKeji.Domain.Calendar;

/// <summary>
/// China Standard Time (北京时间) is UTC+08:00 all year (no daylight saving since 1991), so a fixed offset is exact and
/// needs no time-zone database; hosts in Azure run in UTC, so every "which day is it" question goes through here.
/// </summary>
public static class ChinaStandardTime
{
    /// <summary>The offset of Beijing time from UTC: +08:00.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    /// <summary>The same instant expressed with the +08:00 offset.</summary>
    /// <param name="instant">Any instant, whatever its offset.</param>
    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Beijing calendar date of an instant (UTC 16:00 or later is already the next Beijing day).</summary>
    /// <param name="instant">Any instant, whatever its offset.</param>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary>The first instant of a Beijing date: 00:00 +08:00.</summary>
    /// <param name="date">The Beijing date.</param>
    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>
    /// The last instant of a Beijing date, 23:59:59.9999999 +08:00: a deadline "by the end of that day" (当日24时前) is
    /// met by anything at or before it.
    /// </summary>
    /// <param name="date">The Beijing date.</param>
    public static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MaxValue), Offset);

    /// <summary>Formats an instant for people as Beijing time, e.g. <c>2018-02-26 17:30 (北京时间)</c>, with invariant digits.</summary>
    /// <param name="instant">Any instant, whatever its offset.</param>
    public static string Format(DateTimeOffset instant) =>
        ToChina(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (北京时间)";
}
