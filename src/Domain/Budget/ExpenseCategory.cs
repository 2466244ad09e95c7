namespace XjKeji.Domain.Budget;

/// <summary>Expense categories (开支范围) of both category sets; a call names the set it uses (<see cref="BudgetCategorySet"/>).</summary>
public enum ExpenseCategory
{
    /// <summary>设备费 equipment (both sets).</summary>
    Equipment = 1,

    /// <summary>材料费 materials (2018 set).</summary>
    Materials = 2,

    /// <summary>测试化验加工费 testing and processing (2018 set).</summary>
    TestingAndProcessing = 3,

    /// <summary>燃料动力费 fuel and power (2018 set).</summary>
    FuelAndPower = 4,

    /// <summary>技术引进费 technology import (2018 set).</summary>
    TechnologyImport = 5,

    /// <summary>差旅/会议/国际合作与交流费 travel, meetings and international exchange (2018 set).</summary>
    TravelMeetingsAndInternationalExchange = 6,

    /// <summary>出版/文献/信息传播/知识产权事务费 publication, literature and IP fees (2018 set).</summary>
    PublicationLiteratureAndIp = 7,

    /// <summary>劳务费 labour (both sets; in the 2021 set it includes expert consultation).</summary>
    Labour = 8,

    /// <summary>专家咨询费 expert consultation (2018 set).</summary>
    ExpertConsultation = 9,

    /// <summary>管理费 management (2018 set).</summary>
    Management = 10,

    /// <summary>其它 other (2018 set).</summary>
    Other = 11,

    /// <summary>业务费 business costs (2021 reform set: materials, testing, fuel, travel, publication and the like).</summary>
    Business = 21,

    /// <summary>间接费用 indirect costs (2021 reform set), capped by <see cref="IndirectCostCap"/>.</summary>
    Indirect = 22,
}
