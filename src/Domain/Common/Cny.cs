using System.Globalization;

namespace XjKeji.Domain.Common;

/// <summary>
/// Money rules. Amounts are <see cref="decimal"/> CNY (元), never floating point, with at most two decimals (分).
/// Reports show 万元 (10,000 CNY) as the department's own tables do.
/// </summary>
public static class Cny
{
    /// <summary>CNY in one 万元.</summary>
    public const decimal PerWanYuan = 10_000m;

    /// <summary>Converts CNY to 万元 exactly (no rounding: 71,439,500 CNY is 7,143.95 万元).</summary>
    public static decimal ToWanYuan(decimal cny) => cny / PerWanYuan;

    /// <summary>Converts 万元 to CNY exactly.</summary>
    public static decimal FromWanYuan(decimal wanYuan) => wanYuan * PerWanYuan;

    /// <summary>
    /// Rounds a 万元 amount to two decimals, half away from zero (四舍五入, the rule of Chinese fiscal tables;
    /// banker's rounding would turn 0.125 into 0.12 where the table expects 0.13).
    /// </summary>
    public static decimal RoundWanYuan(decimal wanYuan) => Math.Round(wanYuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>Formats CNY as 万元 with two decimals and invariant digits, e.g. 40,000,000 → "4000.00".</summary>
    public static string FormatWanYuan(decimal cny) =>
        RoundWanYuan(ToWanYuan(cny)).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>True when the amount is a whole number of 分 (at most two decimals).</summary>
    public static bool HasAtMostTwoDecimals(decimal cny) => decimal.Round(cny, 2) == cny;
}
