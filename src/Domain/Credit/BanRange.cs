namespace XjKeji.Domain.Credit;

/// <summary>The ban lengths, in whole years, allowed for one misconduct severity.</summary>
/// <param name="MinYears">Shortest ban, inclusive.</param>
/// <param name="MaxYears">Longest ban, inclusive; null when the regulation sets no upper bound ("5 years or more").</param>
public sealed record BanRange(int MinYears, int? MaxYears)
{
    /// <summary>True when a ban of <paramref name="years"/> lies in the range.</summary>
    public bool Allows(int years) => years >= MinYears && (MaxYears is null || years <= MaxYears);

    /// <summary>The range as text, e.g. "1–3" or "≥5".</summary>
    public string Text => MaxYears is { } max ? $"{MinYears}–{max}" : $"≥{MinYears}";
}
