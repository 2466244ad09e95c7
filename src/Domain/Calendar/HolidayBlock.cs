namespace XjKeji.Domain.Calendar;

/// <summary>
/// One holiday block of a State Council notice: every day from <see cref="From"/> to <see cref="To"/> is off, including
/// weekend days folded into it, e.g. 春节 2018-02-15 to 2018-02-21.
/// </summary>
/// <param name="NoticeYear">The year whose notice set the block (a 元旦 block may start in late December before it).</param>
/// <param name="Name">The Chinese name as the notice writes it, e.g. 春节 or 国庆节、中秋节 for a combined block.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="From">First day off.</param>
/// <param name="To">Last day off (inclusive).</param>
public sealed record HolidayBlock(int NoticeYear, string Name, string NameEn, DateOnly From, DateOnly To)
{
    /// <summary>Number of days off in the block.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when <paramref name="date"/> is one of the block's days off.</summary>
    /// <param name="date">The date to check.</param>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
