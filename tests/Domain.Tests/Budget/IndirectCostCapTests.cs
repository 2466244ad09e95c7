using XjKeji.Domain.Budget;

namespace XjKeji.Domain.Tests.Budget;

public class IndirectCostCapTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000_000, 200_000)]            // 20% of the first band
    [InlineData(5_000_000, 1_000_000)]          // top of band 1
    [InlineData(6_000_000, 1_150_000)]          // 1,000,000 + 15% of 1M
    [InlineData(10_000_000, 1_750_000)]         // 1,000,000 + 750,000
    [InlineData(12_000_000, 2_010_000)]         // + 13% of 2M
    public void Rules_of_2016_apply_marginally_by_band(decimal basis, decimal cap) =>
        Assert.Equal(cap, IndirectCostCap.MaximumCny(basis, BudgetCategorySetCode.Set2018));

    [Theory]
    [InlineData(5_000_000, 1_500_000)]
    [InlineData(10_000_000, 2_750_000)]
    [InlineData(12_000_000, 3_150_000)]
    public void Rules_of_2021_apply_marginally_by_band(decimal basis, decimal cap) =>
        Assert.Equal(cap, IndirectCostCap.MaximumCny(basis, BudgetCategorySetCode.Reform2021));

    [Fact]
    public void Cap_is_rounded_down_to_the_fen() =>
        Assert.Equal(0.20m, IndirectCostCap.MaximumCny(1.03m, BudgetCategorySetCode.Set2018)); // 0.206 → 0.20
}
