using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Budget;

/// <summary>Checks a project budget against its call: category set, amounts, the category's funding range, indirect cost cap and the call's remaining envelope.</summary>
public static class BudgetValidator
{
    /// <summary>
    /// Validates a budget for an application in <paramref name="call"/> under <paramref name="category"/>. Every problem
    /// is returned at once with its field path under <c>budget</c>.
    /// </summary>
    /// <param name="budget">The budget to check.</param>
    /// <param name="call">The call applied to.</param>
    /// <param name="category">The category applied for.</param>
    /// <param name="committedInCategoryCny">Fiscal money already committed to other projects of the category in this call; the request must fit in what remains.</param>
    public static ValidationResult Validate(ProjectBudget budget, AnnualCall call, CategoryCode category, decimal committedInCategoryCny = 0)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(call);
        var result = new ValidationResult();
        CheckLines(budget, call.BudgetSet, result);
        CheckDisbursements(budget, call.ProgramYear, result);
        if (!result.IsValid)
        {
            return result;
        }

        var rule = call.FundingRuleFor(category);
        var fiscal = budget.FiscalTotalCny;
        if (!rule.Allows(fiscal))
        {
            result.Add("budget.fiscalTotalCny", "outside-funding-range",
                $"财政资助{Cny.FormatWanYuan(fiscal)}万元超出本类别资助范围{rule.RangeText}",
                $"Fiscal funding of {Cny.FormatWanYuan(fiscal)} 10k CNY is outside the category's range {rule.RangeText.Replace("万元", " 10k CNY", StringComparison.Ordinal)}");
        }

        var remaining = call.EnvelopeFor(category) - committedInCategoryCny;
        if (fiscal > remaining)
        {
            result.Add("budget.fiscalTotalCny", "exceeds-envelope",
                $"财政资助超出本指南该类别剩余额度{Cny.FormatWanYuan(Math.Max(remaining, 0))}万元",
                $"Fiscal funding exceeds the call's remaining envelope for the category ({Cny.FormatWanYuan(Math.Max(remaining, 0))} 10k CNY)");
        }

        CheckIndirectCap(budget, call.BudgetSet, result);
        return result;
    }

    private static void CheckLines(ProjectBudget budget, BudgetCategorySetCode set, ValidationResult result)
    {
        if (budget.Lines.Count == 0)
        {
            result.Add("budget.lines", "required", "预算至少需要一个开支科目", "The budget needs at least one expense line");
        }

        var allowed = BudgetCategorySet.Categories(set);
        var seen = new HashSet<ExpenseCategory>();
        for (var i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            var path = $"budget.lines[{i}]";
            if (!allowed.Contains(line.Category))
            {
                result.Add($"{path}.category", "not-in-category-set", "该开支科目不属于本指南采用的科目体系", "The expense category is not in the call's category set");
            }

            if (!seen.Add(line.Category))
            {
                result.Add($"{path}.category", "duplicate-category", "同一开支科目只能出现一次", "Each expense category may appear only once");
            }

            CheckAmount($"{path}.fiscalCny", line.FiscalCny, result);
            CheckAmount($"{path}.selfRaisedCny", line.SelfRaisedCny, result);
        }

        if (budget.Lines.Count > 0 && budget.FiscalTotalCny <= 0)
        {
            result.Add("budget.fiscalTotalCny", "required", "财政资助金额必须大于零", "Fiscal funding must be greater than zero");
        }
    }

    private static void CheckDisbursements(ProjectBudget budget, int firstYear, ValidationResult result)
    {
        for (var i = 0; i < budget.Disbursements.Count; i++)
        {
            var d = budget.Disbursements[i];
            CheckAmount($"budget.disbursements[{i}].fiscalCny", d.FiscalCny, result);
            if (d.ProgramYear < firstYear)
            {
                result.Add($"budget.disbursements[{i}].programYear", "before-call-year", "拨款年度不能早于指南年度", "A disbursement cannot be before the call's program year");
            }
        }

        if (budget.Disbursements.GroupBy(d => d.ProgramYear).Any(g => g.Count() > 1))
        {
            result.Add("budget.disbursements", "duplicate-year", "每个年度只能有一笔拨款计划", "Each year may have only one disbursement");
        }

        var scheduled = budget.Disbursements.Sum(d => d.FiscalCny);
        if (budget.Disbursements.Count > 0 && scheduled != budget.FiscalTotalCny)
        {
            result.Add("budget.disbursements", "schedule-mismatch",
                $"分年度拨款合计{Cny.FormatWanYuan(scheduled)}万元与财政资助总额{Cny.FormatWanYuan(budget.FiscalTotalCny)}万元不一致",
                $"Disbursements total {Cny.FormatWanYuan(scheduled)} but fiscal funding is {Cny.FormatWanYuan(budget.FiscalTotalCny)} (10k CNY)");
        }
    }

    private static void CheckIndirectCap(ProjectBudget budget, BudgetCategorySetCode set, ValidationResult result)
    {
        var indirectCategory = set == BudgetCategorySetCode.Reform2021 ? ExpenseCategory.Indirect : ExpenseCategory.Management;
        var indirect = budget.Lines.Where(l => l.Category == indirectCategory).Sum(l => l.FiscalCny);
        var equipment = budget.Lines.Where(l => l.Category == ExpenseCategory.Equipment).Sum(l => l.FiscalCny);
        var direct = budget.FiscalTotalCny - indirect;
        var cap = IndirectCostCap.MaximumCny(direct - equipment, set);
        if (indirect > cap)
        {
            var index = budget.Lines.ToList().FindIndex(l => l.Category == indirectCategory);
            result.Add($"budget.lines[{index}].fiscalCny", "exceeds-indirect-cap",
                $"间接费用（管理费）{Cny.FormatWanYuan(indirect)}万元超过上限{Cny.FormatWanYuan(cap)}万元",
                $"Indirect (management) costs of {Cny.FormatWanYuan(indirect)} exceed the cap of {Cny.FormatWanYuan(cap)} (10k CNY)");
        }
    }

    private static void CheckAmount(string field, decimal cny, ValidationResult result)
    {
        if (cny < 0)
        {
            result.Add(field, "negative", "金额不能为负数", "The amount cannot be negative");
        }
        else if (!Cny.HasAtMostTwoDecimals(cny))
        {
            result.Add(field, "too-many-decimals", "金额最多保留两位小数（分）", "The amount may have at most two decimals (fen)");
        }
    }
}
