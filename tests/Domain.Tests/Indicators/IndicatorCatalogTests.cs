using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Tests.Indicators;

public class IndicatorCatalogTests
{
    /// <summary>The third-level rows of the seed's 2018 table, in order, as printed there (target and actual).</summary>
    public static TheoryData<int, string, string, string> SeedRows() => new()
    {
        { 0, "援疆项目数量", "111项", "111项" },
        { 1, "援疆人才数量", "445名", "445名" },
        { 2, "援疆项目实现成果转化数量", "111项", "111项" },
        { 3, "援疆项目合作平台数量", "1个", "1个" },
        { 4, "援疆项目获得知识产权数量", "111个", "111个" },
        { 5, "援疆项目培训技术人员数量", "1192名", "1192名" },
        { 6, "援疆项目新增产值", "5675万元", "5675万元" },
        { 7, "援疆项目财政资金", "4000万元", "4000万元" },
        { 8, "上合组织计划财政资金", "1000万元", "1000万元" },
        { 9, "上合组织计划项目数量", "14项", "14项" },
        { 10, "上合组织计划带动当地就业", "800人次", "800人次" },
        { 11, "上合组织计划示范基地", "2万亩以上", "2万亩以上" },
        { 12, "上合组织计划示范推广", "10万亩", "10万亩" },
        { 13, "上合组织计划培训技术人员数量", "360人", "360人" },
        { 14, "上合组织计划新增利税", "200万元", "200万元" },
        { 15, "上合组织计划出口创汇", "1500万美元", "1500万美元" },
        { 16, "援疆项目申报、评审、公示、批复程序符合相关管理办法要求", "100%", "100%" },
        { 17, "援疆资金使用达到办法标准", "100%", "100%" },
        { 18, "评审过程和结果公开公示期限符合相关要求", "100%", "100%" },
        { 19, "受援企业通过援疆项目产生的经济效益", "5675万元", "5675万元" },
        { 20, "宣传“科技援疆”政策效果", "100%", "100%" },
        { 21, "上合组织资金支持产生的社会影响效果", "96%", "96%" },
        { 22, "对加速科学技术事业的发展，提高新疆科技创新的影响", "中长期", "中长期" },
        { 23, "科技援疆项目申报人的满意率", "≥95%", "100%" },
        { 24, "上合组织资金项目实施地满意度", "96%", "100%" },
    };

    [Theory]
    [MemberData(nameof(SeedRows))]
    public void Catalog_and_seed_table_reproduce_every_2018_row(int index, string name, string target, string actual)
    {
        var definition = IndicatorCatalog.All[index];
        var (code, t, a) = SeedTable2018.Rows[index];
        Assert.Equal(name, definition.Name.Zh);
        Assert.Equal(definition.Code, code);
        Assert.Equal(target, t.Format(definition.Unit));
        Assert.Equal(actual, a.Format(definition.Unit));
    }

    [Fact]
    public void Catalog_has_exactly_the_25_rows_with_unique_codes() =>
        Assert.Equal(25, IndicatorCatalog.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Every_second_level_group_of_the_seed_is_present_and_levels_are_consistent()
    {
        var dims = IndicatorCatalog.All.Select(d => d.Dimension).ToHashSet();
        Assert.Superset(new HashSet<IndicatorDimension> { IndicatorDimension.Quantity, IndicatorDimension.Quality, IndicatorDimension.Timeliness, IndicatorDimension.Cost, IndicatorDimension.Economic, IndicatorDimension.Social, IndicatorDimension.Sustainability, IndicatorDimension.ServiceSatisfaction }, dims);
        foreach (var d in IndicatorCatalog.All)
        {
            var expectedLevel = d.Dimension switch
            {
                IndicatorDimension.Quantity or IndicatorDimension.Quality or IndicatorDimension.Timeliness or IndicatorDimension.Cost => IndicatorLevel1.Output,
                IndicatorDimension.ServiceSatisfaction => IndicatorLevel1.Satisfaction,
                _ => IndicatorLevel1.Effect,
            };
            Assert.Equal(expectedLevel, d.Level1);
        }

        Assert.Equal(IndicatorDirection.LowerIsBetter, IndicatorCatalog.Get("AX-FISCAL").Direction);
        Assert.Equal(IndicatorDirection.Qualitative, IndicatorCatalog.Get("INNOVATION-IMPACT").Direction);
    }

    [Fact]
    public void Per_project_indicators_are_the_summed_rows_of_each_program()
    {
        Assert.Equal(["AX-TALENTS", "AX-TRANSFERS", "AX-PLATFORMS", "AX-IP", "AX-TRAINED", "AX-OUTPUT-VALUE", "AX-ECONOMIC"],
            IndicatorCatalog.PerProjectIndicators(ProgramCode.AidXinjiang).Select(d => d.Code));
        Assert.Equal(["SCO-JOBS", "SCO-DEMO-BASE", "SCO-EXTENSION", "SCO-TRAINED", "SCO-PROFIT-TAX", "SCO-EXPORT"],
            IndicatorCatalog.PerProjectIndicators(ProgramCode.ScoPartnership).Select(d => d.Code));
    }

    [Fact]
    public void Unknown_code_is_reported()
    {
        Assert.Null(IndicatorCatalog.Find("NOPE"));
        Assert.Throws<KeyNotFoundException>(() => IndicatorCatalog.Get("NOPE"));
    }
}
