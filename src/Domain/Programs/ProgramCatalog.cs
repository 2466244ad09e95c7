using XjKeji.Domain.Common;

namespace XjKeji.Domain.Programs;

/// <summary>The programs and categories XjKeji knows, with the funding rules of DOMAIN.md.</summary>
public static class ProgramCatalog
{
    private const decimal Wan = Cny.PerWanYuan;

    private static readonly Dictionary<ProgramCode, BilingualText> ProgramNames = new()
    {
        [ProgramCode.AidXinjiang] = new("科技援疆计划", "S&T Aid to Xinjiang"),
        [ProgramCode.ScoPartnership] = new("上海合作组织科技伙伴计划及国际科技合作计划", "SCO S&T Partnership and International Cooperation"),
    };

    private static readonly Dictionary<CategoryCode, CategoryDefinition> Categories = new CategoryDefinition[]
    {
        new(CategoryCode.AidXinjiangA, ProgramCode.AidXinjiang, new("地州市政府和援疆前指共同推荐", "Recommended by prefecture and aid front command"),
            new(CategoryCode.AidXinjiangA, 60 * Wan, 100 * Wan, 80 * Wan, AllocationMethod.AroundTypicalAmount), false, false),
        new(CategoryCode.AidXinjiangB, ProgramCode.AidXinjiang, new("国家级贫困县", "National poverty county"),
            new(CategoryCode.AidXinjiangB, 30 * Wan, 50 * Wan, 40 * Wan, AllocationMethod.AroundTypicalAmount), false, false),
        new(CategoryCode.AidXinjiangC, ProgramCode.AidXinjiang, new("技术创新和成果转移转化", "Technology innovation and achievement transfer"),
            new(CategoryCode.AidXinjiangC, 30 * Wan, 50 * Wan, 40 * Wan, AllocationMethod.ByExpertScoreRank), true, false),
        new(CategoryCode.ScoKey, ProgramCode.ScoPartnership, new("重点项目", "Key project"),
            new(CategoryCode.ScoKey, 100 * Wan, 200 * Wan, 150 * Wan, AllocationMethod.WithinRange), false, true),
        new(CategoryCode.ScoGeneral, ProgramCode.ScoPartnership, new("一般项目", "General project"),
            new(CategoryCode.ScoGeneral, 20 * Wan, 50 * Wan, 35 * Wan, AllocationMethod.WithinRange), false, true),
    }.ToDictionary(c => c.Code);

    /// <summary>Every category, in code order.</summary>
    public static IReadOnlyList<CategoryDefinition> AllCategories { get; } = [.. Categories.Values.OrderBy(c => c.Code)];

    /// <summary>The definition of a category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a known category.</exception>
    public static CategoryDefinition Category(CategoryCode code) =>
        Categories.TryGetValue(code, out var c) ? c : throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown category.");

    /// <summary>The Chinese and English name of a program.</summary>
    public static BilingualText ProgramName(ProgramCode program) =>
        ProgramNames.TryGetValue(program, out var n) ? n : throw new ArgumentOutOfRangeException(nameof(program), program, "Unknown program.");

    /// <summary>The categories of one program.</summary>
    public static IReadOnlyList<CategoryDefinition> CategoriesOf(ProgramCode program) =>
        [.. AllCategories.Where(c => c.Program == program)];

    /// <summary>True when the category is defined and belongs to the program.</summary>
    public static bool Belongs(CategoryCode category, ProgramCode program) =>
        Categories.TryGetValue(category, out var c) && c.Program == program;
}
