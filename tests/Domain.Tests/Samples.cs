using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests;

/// <summary>Valid calls, forms and actors to start tests from; each test changes only what it is about.</summary>
internal static class Samples
{
    public const string InstitutionId = "91650000-INST-A";
    public static readonly DateTimeOffset InCallWindow = new(2018, 3, 15, 2, 0, 0, TimeSpan.Zero);

    public static Actor Applicant { get; } = new(Role.Applicant, "pi-1", "张伟", InstitutionId);
    public static Actor OtherApplicant { get; } = new(Role.Applicant, "pi-9", "李娜", "91650000-INST-B");
    public static Actor Officer { get; } = new(Role.Officer, "officer-1", "王处长");
    public static Actor Expert { get; } = new(Role.Expert, "expert-1", "赵教授");
    public static Actor Public { get; } = new(Role.Public, "anon", "公众");
    public static Actor System { get; } = Actor.System();

    public static AnnualCall AidCall(decimal envelopeA = 10_000_000m) => new(
        "2018-AidXinjiang", 2018, ProgramCode.AidXinjiang, new("2018年科技援疆计划申报指南", "2018 S&T Aid to Xinjiang call"),
        new DateOnly(2018, 3, 1), new DateOnly(2018, 3, 31), BudgetCategorySetCode.Set2018,
        [new(CategoryCode.AidXinjiangA, envelopeA), new(CategoryCode.AidXinjiangB, 8_000_000m), new(CategoryCode.AidXinjiangC, 8_000_000m)]);

    public static AnnualCall ScoCall() => new(
        "2018-Sco", 2018, ProgramCode.ScoPartnership, new("2018年上合组织科技伙伴计划申报指南", "2018 SCO call"),
        new DateOnly(2018, 3, 1), new DateOnly(2018, 3, 31), BudgetCategorySetCode.Set2018,
        [new(CategoryCode.ScoKey, 8_000_000m), new(CategoryCode.ScoGeneral, 5_000_000m)]);

    /// <summary>A valid budget: 5% management (well under the indirect cap), the rest materials, all paid in 2018.</summary>
    public static ProjectBudget Budget(decimal fiscal, decimal selfRaised = 0)
    {
        var management = Math.Round(fiscal * 0.05m, 2);
        return new([new(ExpenseCategory.Materials, fiscal - management, selfRaised), new(ExpenseCategory.Management, management, 0)], [new(2018, fiscal)]);
    }

    public static IReadOnlyList<IndicatorTarget> Targets(ProgramCode program) =>
        [.. IndicatorCatalog.PerProjectIndicators(program).Select(d => new IndicatorTarget(d.Code, IndicatorValue.Of(1)))];

    public static ApplicationForm AidForm(CategoryCode category = CategoryCode.AidXinjiangA, decimal fiscal = 800_000m) => new(
        "南疆设施农业节水灌溉技术示范与推广", "在喀什地区推广滴灌与水肥一体化技术。", category,
        new PrincipalInvestigator("pi-1", "张伟", "zhang.wei@example.cn"), new Institution(InstitutionId, "新疆农业科学院"),
        new DateOnly(2018, 7, 1), new DateOnly(2020, 6, 30), Budget(fiscal, 1_000_000m), Targets(ProgramCode.AidXinjiang),
        OutOfRegionPartner: category == CategoryCode.AidXinjiangC ? "中国农业大学" : null);

    public static ApplicationForm ScoForm(CategoryCode category = CategoryCode.ScoGeneral, decimal fiscal = 300_000m) => new(
        "中哈跨境动物疫病联合防控技术合作", "与哈萨克斯坦合作开展跨境动物疫病联合监测。", category,
        new PrincipalInvestigator("pi-1", "张伟", "zhang.wei@example.cn"), new Institution(InstitutionId, "新疆畜牧科学院"),
        new DateOnly(2018, 7, 1), new DateOnly(2020, 6, 30), Budget(fiscal), Targets(ProgramCode.ScoPartnership),
        Sco: new ScoDetails("哈萨克斯坦", "哈萨克国立农业大学", ScoPriorityField.Agriculture, [new("哈萨克斯坦", "联合监测", new DateOnly(2019, 5, 10), 3)]));

    public static Project Draft() => Project.CreateDraft("P-2018-0001", AidCall(), AidForm(), Applicant, InCallWindow);

    /// <summary>A project placed directly in a stage, with the data that stage implies.</summary>
    public static Project InStage(ProjectStage stage, DateOnly? publicityEndsOn = null, ExtensionRequest? pending = null, IReadOnlyList<Objection>? objections = null) =>
        Project.Rehydrate(new ProjectSnapshot(
            "P-2018-0001", "2018-AidXinjiang", 2018, AidForm(), stage, InCallWindow, InCallWindow,
            publicityEndsOn ?? new DateOnly(2018, 5, 11), new DateOnly(2018, 5, 20), 800_000m, new DateOnly(2018, 6, 1),
            0, 0, pending, objections ?? [], [], null, false, 3, InCallWindow, 3, false));
}
