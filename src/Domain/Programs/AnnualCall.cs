using XjKeji.Domain.Budget;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Common;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Programs;

/// <summary>
/// An annual call for applications (申报指南) of one program: when it is open, the budget envelope per category, the
/// funding rules (defaults from <see cref="ProgramCatalog"/> unless overridden) and the expense category set.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>2018-AidXinjiang</c>.</param>
/// <param name="ProgramYear">The program (fiscal) year.</param>
/// <param name="Program">The program.</param>
/// <param name="Title">The call's title.</param>
/// <param name="OpensOn">First day applications are accepted (Beijing date).</param>
/// <param name="ClosesOn">Last day applications are accepted, until the end of that day in Beijing time.</param>
/// <param name="BudgetSet">The expense category set applications must use.</param>
/// <param name="Envelopes">Fiscal envelope per category for new projects.</param>
/// <param name="FundingOverrides">Funding rules that replace the catalog defaults for this call.</param>
public sealed record AnnualCall(
    string Id,
    int ProgramYear,
    ProgramCode Program,
    BilingualText Title,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    BudgetCategorySetCode BudgetSet,
    IReadOnlyList<CategoryEnvelope> Envelopes,
    IReadOnlyList<FundingRule>? FundingOverrides = null)
{
    /// <summary>True when an application made at <paramref name="instant"/> falls inside the call's window (Beijing dates).</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var date = ChinaStandardTime.DateOf(instant);
        return date >= OpensOn && date <= ClosesOn;
    }

    /// <summary>The moment the call closes: the end of <see cref="ClosesOn"/> in Beijing time.</summary>
    public DateTimeOffset ClosesAt => ChinaStandardTime.EndOfDay(ClosesOn);

    /// <summary>The funding rule in force for a category in this call.</summary>
    public FundingRule FundingRuleFor(CategoryCode category) =>
        FundingOverrides?.FirstOrDefault(r => r.Category == category) ?? ProgramCatalog.Category(category).DefaultFunding;

    /// <summary>The envelope of a category; zero when the call funds no project of it.</summary>
    public decimal EnvelopeFor(CategoryCode category) => Envelopes.Where(e => e.Category == category).Sum(e => e.FiscalCny);

    /// <summary>The sum of every category's envelope.</summary>
    public decimal TotalEnvelopeCny => Envelopes.Sum(e => e.FiscalCny);

    /// <summary>Checks the call itself: dates in order, categories of its program, sensible amounts. Returns every problem.</summary>
    public ValidationResult Validate()
    {
        var result = new ValidationResult();
        if (string.IsNullOrWhiteSpace(Id))
        {
            result.Add("id", "required", "必须填写指南编号", "The call id is required");
        }

        if (ProgramYear is < 2000 or > 2100)
        {
            result.Add("programYear", "out-of-range", "计划年度应在2000至2100之间", "The program year must be between 2000 and 2100");
        }

        if (ClosesOn < OpensOn)
        {
            result.Add("closesOn", "before-open", "截止日期不能早于开始日期", "The closing date cannot be before the opening date");
        }

        for (var i = 0; i < Envelopes.Count; i++)
        {
            var e = Envelopes[i];
            if (!ProgramCatalog.Belongs(e.Category, Program))
            {
                result.Add($"envelopes[{i}].category", "wrong-program", "该类别不属于本计划", "The category does not belong to this program");
            }

            if (e.FiscalCny < 0 || !Cny.HasAtMostTwoDecimals(e.FiscalCny))
            {
                result.Add($"envelopes[{i}].fiscalCny", "invalid-amount", "金额必须为非负数且最多两位小数", "The amount must be non-negative with at most two decimals");
            }
        }

        if (Envelopes.GroupBy(e => e.Category).Any(g => g.Count() > 1))
        {
            result.Add("envelopes", "duplicate-category", "同一类别只能设置一个预算额度", "Each category may have only one envelope");
        }

        foreach (var (rule, i) in (FundingOverrides ?? []).Select((r, i) => (r, i)))
        {
            if (rule.MinCny < 0 || rule.MaxCny < rule.MinCny)
            {
                result.Add($"fundingOverrides[{i}]", "invalid-range", "资助额度范围无效", "The funding range is invalid");
            }
        }

        return result;
    }
}
