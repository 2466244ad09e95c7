using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Tests.Programs;

public class ProgramCatalogTests
{
    [Fact]
    public void AidXinjiang_has_three_categories_and_Sco_two()
    {
        Assert.Equal([CategoryCode.AidXinjiangA, CategoryCode.AidXinjiangB, CategoryCode.AidXinjiangC], ProgramCatalog.CategoriesOf(ProgramCode.AidXinjiang).Select(c => c.Code));
        Assert.Equal([CategoryCode.ScoKey, CategoryCode.ScoGeneral], ProgramCatalog.CategoriesOf(ProgramCode.ScoPartnership).Select(c => c.Code));
    }

    [Fact]
    public void Category_rules_follow_the_seed()
    {
        Assert.Equal(AllocationMethod.ByExpertScoreRank, ProgramCatalog.Category(CategoryCode.AidXinjiangC).DefaultFunding.Method);
        Assert.True(ProgramCatalog.Category(CategoryCode.AidXinjiangC).RequiresJointTeam);
        Assert.Equal(800_000m, ProgramCatalog.Category(CategoryCode.AidXinjiangA).DefaultFunding.TypicalCny);
        Assert.Equal(400_000m, ProgramCatalog.Category(CategoryCode.AidXinjiangB).DefaultFunding.TypicalCny);
        Assert.All(ProgramCatalog.CategoriesOf(ProgramCode.ScoPartnership), c => Assert.True(c.RequiresForeignPartner));
        Assert.Equal(7, Enum.GetValues<ScoPriorityField>().Length);
        Assert.Equal("100.00–200.00万元", ProgramCatalog.Category(CategoryCode.ScoKey).DefaultFunding.RangeText);
    }

    [Fact]
    public void Unknown_category_is_an_argument_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCatalog.Category((CategoryCode)99));
}
