using XjKeji.Domain.Common;

namespace XjKeji.Domain.Programs;

/// <summary>
/// How much fiscal funding (财政拨款) one project of a category may receive over its whole execution period, in CNY.
/// The seed gives A and B only as averages ("80万左右", "40万左右"); their default ranges are ±25% around that average,
/// and every call may override them.
/// </summary>
/// <param name="Category">The category the rule is for.</param>
/// <param name="MinCny">Smallest fiscal amount per project, inclusive.</param>
/// <param name="MaxCny">Largest fiscal amount per project, inclusive.</param>
/// <param name="TypicalCny">The typical (average) amount per project.</param>
/// <param name="Method">How funds are shared among funded projects.</param>
public sealed record FundingRule(CategoryCode Category, decimal MinCny, decimal MaxCny, decimal TypicalCny, AllocationMethod Method)
{
    /// <summary>True when <paramref name="fiscalCny"/> lies within [<see cref="MinCny"/>, <see cref="MaxCny"/>].</summary>
    public bool Allows(decimal fiscalCny) => fiscalCny >= MinCny && fiscalCny <= MaxCny;

    /// <summary>The range as shown to users, in 万元, e.g. "30.00–50.00万元".</summary>
    public string RangeText => $"{Cny.FormatWanYuan(MinCny)}–{Cny.FormatWanYuan(MaxCny)}万元";
}
