using System.Collections.Frozen;

namespace XjKeji.Domain.Calendar;

/// <summary>
/// China's working-day calendar from the State Council holiday notices, 2018 onwards (<c>china-holidays.json</c>,
/// embedded in this assembly). Years the data does not cover fall back to Monday–Friday and mark results provisional,
/// so a deadline computed before a notice is published is shown as such instead of being silently wrong.
/// </summary>
/// <remarks>
/// Immutable after construction, so one instance is shared by every thread. Note that the notice for a year can also
/// change late December of the year before (元旦 2019 started on 2018-12-30, with Saturday 2018-12-29 worked), so a
/// late-December date of the last covered year may still move when the next notice comes out.
/// </remarks>
public sealed class ChinaWorkingDayCalendar : IWorkingDayCalendar
{
    /// <summary>The manifest name of the embedded data file (set by LogicalName in the project file).</summary>
    public const string ResourceName = "XjKeji.Domain.Calendar.china-holidays.json";

    private static readonly Lazy<ChinaWorkingDayCalendar> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<DateOnly, HolidayBlock> _holidays;
    private readonly FrozenSet<DateOnly> _makeUpWorkdays;
    private readonly FrozenSet<int> _coveredYears;

    private ChinaWorkingDayCalendar(IReadOnlyList<HolidayYear> years)
    {
        Years = years;
        CoveredYears = years.Select(y => y.Year).ToArray();
        _coveredYears = CoveredYears.ToFrozenSet();
        _holidays = years
            .SelectMany(y => y.Holidays)
            .SelectMany(b => Enumerable.Range(0, b.Days).Select(i => KeyValuePair.Create(b.From.AddDays(i), b)))
            .ToFrozenDictionary();
        _makeUpWorkdays = years.SelectMany(y => y.MakeUpWorkdays).ToFrozenSet();
    }

    /// <summary>The calendar from the embedded data, loaded once on first use (thread-safe).</summary>
    /// <exception cref="InvalidDataException">The embedded data is invalid (a build defect; the tests catch it).</exception>
    public static ChinaWorkingDayCalendar Default => LazyDefault.Value;

    /// <summary>The years with official data, ascending.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>Each covered year's arrangement as published, ascending, for display and audit.</summary>
    public IReadOnlyList<HolidayYear> Years { get; }

    /// <summary>Builds a calendar from JSON in the format of <c>china-holidays.json</c>, after validating it.</summary>
    /// <param name="json">The data: <c>{ "years": { "2018": { "source", "holidays": [...], "makeUpWorkdays": [...] } } }</c>.</param>
    /// <exception cref="InvalidDataException">
    /// Malformed JSON, a make-up day that is not a Saturday or Sunday, a holiday range out of order, a date both a
    /// holiday and a make-up day, and similar; the message names the bad entry.
    /// </exception>
    public static ChinaWorkingDayCalendar FromJson(string json) => new(HolidayCalendarData.Parse(json));

    /// <inheritdoc />
    public bool Covers(int year) => _coveredYears.Contains(year);

    /// <inheritdoc />
    public DayKind Classify(DateOnly date)
    {
        if (_holidays.ContainsKey(date))
        {
            return DayKind.PublicHoliday;
        }

        if (_makeUpWorkdays.Contains(date))
        {
            return DayKind.MakeUpWorkday;
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => Classify(date) is DayKind.Workday or DayKind.MakeUpWorkday;

    /// <summary>The Chinese name of the holiday block a date lies in (e.g. 春节), else null (make-up days included).</summary>
    /// <param name="date">The date to look up.</param>
    public string? HolidayName(DateOnly date) => HolidayAt(date)?.Name;

    /// <summary>The holiday block a date lies in, with its Chinese and English names, else null.</summary>
    /// <param name="date">The date to look up.</param>
    public HolidayBlock? HolidayAt(DateOnly date) => _holidays.GetValueOrDefault(date);

    /// <inheritdoc />
    public CalendarDate AddWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays == 0)
        {
            return new CalendarDate(start, !Covers(start.Year));
        }

        var step = workingDays > 0 ? 1 : -1;
        var remaining = Math.Abs((long)workingDays);
        var day = start;
        var provisional = false;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            provisional |= !Covers(day.Year);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return new CalendarDate(day, provisional);
    }

    /// <inheritdoc />
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public CalendarDate NextWorkingDayOnOrAfter(DateOnly start)
    {
        var day = start;
        var provisional = !Covers(day.Year);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
            provisional |= !Covers(day.Year);
        }

        return new CalendarDate(day, provisional);
    }

    private static ChinaWorkingDayCalendar LoadEmbedded()
    {
        using var stream = typeof(ChinaWorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded resource {ResourceName} is missing from the Domain assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
