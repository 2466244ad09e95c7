namespace XjKeji.Domain.Budget;

/// <summary>
/// Caps on indirect costs, applied to direct costs minus equipment purchase, by marginal bands like a tax schedule:
/// the rate of each band applies only to the part of the base inside that band.
/// 2016 rules: 20% up to 5M, 15% of 5–10M, 13% above 10M. 2021 rules: 30% / 25% / 20% for the same bands.
/// </summary>
public static class IndirectCostCap
{
    private const decimal FiveMillion = 5_000_000m;
    private const decimal TenMillion = 10_000_000m;

    /// <summary>The largest indirect cost allowed for a base, rounded down to the 分.</summary>
    /// <param name="directMinusEquipmentCny">Direct costs minus equipment purchase, in CNY.</param>
    /// <param name="set">The category set whose rules apply (2018 set: 2016 rules; 2021 set: 2021 rules).</param>
    public static decimal MaximumCny(decimal directMinusEquipmentCny, BudgetCategorySetCode set)
    {
        if (directMinusEquipmentCny <= 0)
        {
            return 0;
        }

        var (low, mid, high) = set == BudgetCategorySetCode.Reform2021 ? (0.30m, 0.25m, 0.20m) : (0.20m, 0.15m, 0.13m);
        var b = directMinusEquipmentCny;
        var cap = (Math.Min(b, FiveMillion) * low)
            + (Math.Clamp(b - FiveMillion, 0, FiveMillion) * mid)
            + (Math.Max(b - TenMillion, 0) * high);
        return Math.Floor(cap * 100) / 100;
    }
}
