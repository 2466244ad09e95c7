using System.Globalization;

namespace XjKeji.Domain.Indicators;

/// <summary>
/// A target or actual value as the self-evaluation table states it: a number with a comparator and the unit, or a text
/// for qualitative indicators (e.g. "中长期").
/// </summary>
/// <param name="Number">The numeric value, when quantitative.</param>
/// <param name="Comparator">How the number is stated.</param>
/// <param name="Text">The text, when qualitative.</param>
public sealed record IndicatorValue(decimal? Number, IndicatorComparator Comparator = IndicatorComparator.Exactly, string? Text = null)
{
    /// <summary>A quantitative value stated exactly.</summary>
    public static IndicatorValue Of(decimal number) => new(number);

    /// <summary>A quantitative value stated as a minimum.</summary>
    public static IndicatorValue AtLeast(decimal number) => new(number, IndicatorComparator.AtLeast);

    /// <summary>A qualitative value.</summary>
    public static IndicatorValue Qualitative(string text) => new(null, IndicatorComparator.Exactly, text);

    /// <summary>
    /// Formats the value with its unit as the seed's table does: "111项", "2万亩以上", "≥95%", "中长期".
    /// Percent minimums are written with a leading "≥"; other minimums with a trailing "以上".
    /// </summary>
    public string Format(string unit)
    {
        if (Number is null)
        {
            return Text ?? string.Empty;
        }

        var n = Number.Value.ToString("0.##", CultureInfo.InvariantCulture);
        return Comparator switch
        {
            IndicatorComparator.AtLeast when unit == "%" => $"≥{n}{unit}",
            IndicatorComparator.AtLeast => $"{n}{unit}以上",
            IndicatorComparator.AtMost when unit == "%" => $"≤{n}{unit}",
            IndicatorComparator.AtMost => $"{n}{unit}以下",
            _ => $"{n}{unit}",
        };
    }
}
