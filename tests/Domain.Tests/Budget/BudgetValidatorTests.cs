using XjKeji.Domain.Budget;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Tests.Budget;

public class BudgetValidatorTests
{
    public static TheoryData<CategoryCode, decimal, bool> FundingBoundaries()
    {
        var data = new TheoryData<CategoryCode, decimal, bool>();
        // Expected ranges restated here from DOMAIN.md (not read from the code under test), in CNY.
        var ranges = new Dictionary<CategoryCode, (decimal Min, decimal Max)>
        {
            [CategoryCode.AidXinjiangA] = (600_000m, 1_000_000m),
            [CategoryCode.AidXinjiangB] = (300_000m, 500_000m),
            [CategoryCode.AidXinjiangC] = (300_000m, 500_000m),
            [CategoryCode.ScoKey] = (1_000_000m, 2_000_000m),
            [CategoryCode.ScoGeneral] = (200_000m, 500_000m),
        };
        foreach (var (category, (min, max)) in ranges)
        {
            data.Add(category, min - 0.01m, false);
            data.Add(category, min, true);
            data.Add(category, max, true);
            data.Add(category, max + 0.01m, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FundingBoundaries))]
    public void Fiscal_total_must_lie_in_the_category_range(CategoryCode category, decimal fiscal, bool valid)
    {
        var call = ProgramCatalog.Category(category).Program == ProgramCode.AidXinjiang ? Samples.AidCall(envelopeA: 50_000_000m) : Samples.ScoCall();
        var result = BudgetValidator.Validate(Samples.Budget(fiscal), call, category);
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var problem = Assert.Single(result.Problems);
            Assert.Equal(("budget.fiscalTotalCny", "outside-funding-range"), (problem.Field, problem.Code));
            Assert.Contains("万元", problem.Message.Zh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Call_override_replaces_the_catalog_range()
    {
        var call = Samples.AidCall() with { FundingOverrides = [new FundingRule(CategoryCode.AidXinjiangA, 700_000m, 900_000m, 800_000m, AllocationMethod.AroundTypicalAmount)] };
        Assert.False(BudgetValidator.Validate(Samples.Budget(650_000m), call, CategoryCode.AidXinjiangA).IsValid);
        Assert.True(BudgetValidator.Validate(Samples.Budget(700_000m), call, CategoryCode.AidXinjiangA).IsValid);
    }

    [Fact]
    public void Request_must_fit_the_remaining_envelope_exactly()
    {
        var call = Samples.AidCall(envelopeA: 2_000_000m);
        Assert.True(BudgetValidator.Validate(Samples.Budget(800_000m), call, CategoryCode.AidXinjiangA, committedInCategoryCny: 1_200_000m).IsValid);
        var over = BudgetValidator.Validate(Samples.Budget(800_000m), call, CategoryCode.AidXinjiangA, committedInCategoryCny: 1_200_000.01m);
        Assert.Equal("exceeds-envelope", Assert.Single(over.Problems).Code);
    }

    [Fact]
    public void Every_line_problem_is_reported_at_once()
    {
        var budget = new ProjectBudget(
            [
                new(ExpenseCategory.Materials, -1m, 0),
                new(ExpenseCategory.Materials, 100.001m, 0),
                new(ExpenseCategory.Business, 1m, 0),
            ],
            [new(2017, 1m)]);
        var result = BudgetValidator.Validate(budget, Samples.AidCall(), CategoryCode.AidXinjiangA);
        Assert.Equal(
            ["budget.lines[0].fiscalCny", "budget.lines[1].category", "budget.lines[1].fiscalCny", "budget.lines[2].category", "budget.disbursements[0].programYear", "budget.disbursements"],
            result.Problems.Select(p => p.Field));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message.Zh) || string.IsNullOrWhiteSpace(p.Message.En)));
    }

    [Fact]
    public void Management_fee_above_the_cap_is_refused()
    {
        var budget = new ProjectBudget([new(ExpenseCategory.Materials, 600_000m, 0), new(ExpenseCategory.Management, 120_000.01m, 0)], []);
        var result = BudgetValidator.Validate(budget, Samples.AidCall(), CategoryCode.AidXinjiangA);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("budget.lines[1].fiscalCny", "exceeds-indirect-cap"), (problem.Field, problem.Code));
    }

    [Fact]
    public void Tranches_are_paid_per_year_and_counted_per_year()
    {
        var budget = new ProjectBudget([new(ExpenseCategory.Materials, 800_000m, 500_000m)], [new(2018, 450_000m), new(2019, 350_000m)]);
        Assert.True(BudgetValidator.Validate(budget, Samples.AidCall(), CategoryCode.AidXinjiangA).IsValid);
        Assert.Equal(450_000m, budget.FiscalInYear(2018));
        Assert.Equal(1_300_000m, budget.TotalCny);
    }
}
