using XjKeji.Domain.Common;

namespace XjKeji.Domain.Budget;

/// <summary>
/// A set of expense categories a call uses. The set belongs to the call, not the year: a multi-year project started
/// under the 2018 set keeps it after the 2021 reform.
/// </summary>
public enum BudgetCategorySetCode
{
    /// <summary>The 11 categories of the 2018 seed.</summary>
    Set2018 = 2018,

    /// <summary>The simplified 2021 reform set (国办发〔2021〕32号): equipment, business, labour, plus indirect costs.</summary>
    Reform2021 = 2021,
}

/// <summary>The categories of each set, with their Chinese and English names.</summary>
public static class BudgetCategorySet
{
    private static readonly Dictionary<ExpenseCategory, BilingualText> Names = new()
    {
        [ExpenseCategory.Equipment] = new("设备费", "Equipment"),
        [ExpenseCategory.Materials] = new("材料费", "Materials"),
        [ExpenseCategory.TestingAndProcessing] = new("测试化验加工费", "Testing and processing"),
        [ExpenseCategory.FuelAndPower] = new("燃料动力费", "Fuel and power"),
        [ExpenseCategory.TechnologyImport] = new("技术引进费", "Technology import"),
        [ExpenseCategory.TravelMeetingsAndInternationalExchange] = new("差旅/会议/国际合作与交流费", "Travel, meetings and international exchange"),
        [ExpenseCategory.PublicationLiteratureAndIp] = new("出版/文献/信息传播/知识产权事务费", "Publication, literature, dissemination and IP"),
        [ExpenseCategory.Labour] = new("劳务费", "Labour"),
        [ExpenseCategory.ExpertConsultation] = new("专家咨询费", "Expert consultation"),
        [ExpenseCategory.Management] = new("管理费", "Management"),
        [ExpenseCategory.Other] = new("其它", "Other"),
        [ExpenseCategory.Business] = new("业务费", "Business costs"),
        [ExpenseCategory.Indirect] = new("间接费用", "Indirect costs"),
    };

    private static readonly ExpenseCategory[] Set2018 =
    [
        ExpenseCategory.Equipment, ExpenseCategory.Materials, ExpenseCategory.TestingAndProcessing, ExpenseCategory.FuelAndPower,
        ExpenseCategory.TechnologyImport, ExpenseCategory.TravelMeetingsAndInternationalExchange, ExpenseCategory.PublicationLiteratureAndIp,
        ExpenseCategory.Labour, ExpenseCategory.ExpertConsultation, ExpenseCategory.Management, ExpenseCategory.Other,
    ];

    private static readonly ExpenseCategory[] Reform2021 =
        [ExpenseCategory.Equipment, ExpenseCategory.Business, ExpenseCategory.Labour, ExpenseCategory.Indirect];

    /// <summary>The categories of a set, in the order of the official budget table.</summary>
    public static IReadOnlyList<ExpenseCategory> Categories(BudgetCategorySetCode set) => set switch
    {
        BudgetCategorySetCode.Set2018 => Set2018,
        BudgetCategorySetCode.Reform2021 => Reform2021,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "Unknown budget category set."),
    };

    /// <summary>The Chinese and English name of a category.</summary>
    public static BilingualText Name(ExpenseCategory category) =>
        Names.TryGetValue(category, out var n) ? n : throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown expense category.");
}
