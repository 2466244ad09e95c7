using XjKeji.Domain.Common;

namespace XjKeji.Domain.Tests.Budget;

public class CnyTests
{
    [Theory]
    [InlineData("40000000", "4000.00")]
    [InlineData("71439500", "7143.95")]
    [InlineData("109739500", "10973.95")]
    [InlineData("1250", "0.13")]   // 0.125 万元 rounds half away from zero
    [InlineData("-1250", "-0.13")]
    [InlineData("1249.99", "0.12")]
    [InlineData("0", "0.00")]
    public void Formats_cny_as_wan_yuan_with_two_decimals_half_away_from_zero(string cny, string expected) =>
        Assert.Equal(expected, Cny.FormatWanYuan(decimal.Parse(cny, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Conversion_is_exact_both_ways()
    {
        Assert.Equal(7143.95m, Cny.ToWanYuan(71_439_500m));
        Assert.Equal(71_439_500m, Cny.FromWanYuan(7143.95m));
        Assert.Equal(0.0001m, Cny.ToWanYuan(1m));
    }

    [Theory]
    [InlineData("100.10", true)]
    [InlineData("100.1", true)]
    [InlineData("100.001", false)]
    public void Fen_precision_is_the_limit(string cny, bool ok) =>
        Assert.Equal(ok, Cny.HasAtMostTwoDecimals(decimal.Parse(cny, System.Globalization.CultureInfo.InvariantCulture)));
}
