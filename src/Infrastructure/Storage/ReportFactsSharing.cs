using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Lets the entries one reader parses share their equal immutable parts: a report holds every counted project's facts
/// at once (70,000 projects in a national year), and most of their targets, tranches and institutions repeat (a target
/// of 12 talents, 600,000 yuan in 2018, the same institution's hundred projects). One instance serves one sequence of
/// parses, never two threads at once.
/// </summary>
/// <remarks>
/// Numbers are matched with their scale, so a shared 12.00 never stands in for 12: the report prints what was stored.
/// Each table stops growing at <see cref="MaxEntriesPerKind"/>; past it, entries get their own objects as without sharing.
/// </remarks>
public sealed class ReportFactsSharing
{
    /// <summary>
    /// The most objects of one kind kept for sharing. The values that repeat most are met early and kept; past this, a
    /// year whose values hardly repeat would only pay for a growing table.
    /// </summary>
    public const int MaxEntriesPerKind = 4_096;

    private readonly Dictionary<(string Code, decimal Number, byte Scale, IndicatorComparator Comparator), IndicatorTarget> _targets = [];
    private readonly Dictionary<(decimal Number, byte Scale, IndicatorComparator Comparator), IndicatorValue> _values = [];
    private readonly Dictionary<(int Year, decimal Amount, byte Scale), FiscalDisbursement> _tranches = [];
    private readonly Dictionary<string, string> _institutions = new(StringComparer.Ordinal);

    /// <summary>A target equal to (code, value), shared when the value is a plain number.</summary>
    public IndicatorTarget Target(string code, IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not { Number: { } n, Text: null })
        {
            return new IndicatorTarget(code, value);
        }

        var key = (code, n, n.Scale, value.Comparator);
        return _targets.TryGetValue(key, out var shared) ? shared : Keep(_targets, key, new IndicatorTarget(code, Value(value)));
    }

    /// <summary>A value equal to <paramref name="value"/>, shared when it is a plain number.</summary>
    public IndicatorValue Value(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not { Number: { } n, Text: null })
        {
            return value;
        }

        var key = (n, n.Scale, value.Comparator);
        return _values.TryGetValue(key, out var shared) ? shared : Keep(_values, key, value);
    }

    /// <summary>A tranche equal to (year, amount).</summary>
    public FiscalDisbursement Tranche(int programYear, decimal fiscalCny)
    {
        var key = (programYear, fiscalCny, fiscalCny.Scale);
        return _tranches.TryGetValue(key, out var shared) ? shared : Keep(_tranches, key, new FiscalDisbursement(programYear, fiscalCny));
    }

    /// <summary>The institution id, one string per institution.</summary>
    public string Institution(string institutionId) =>
        _institutions.TryGetValue(institutionId, out var shared) ? shared : Keep(_institutions, institutionId, institutionId);

    // Keeps a new object for sharing while the table has room.
    private static TValue Keep<TKey, TValue>(Dictionary<TKey, TValue> table, TKey key, TValue made)
        where TKey : notnull
    {
        if (table.Count < MaxEntriesPerKind)
        {
            table[key] = made;
        }

        return made;
    }
}
