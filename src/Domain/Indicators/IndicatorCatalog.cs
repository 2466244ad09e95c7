using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;
using static XjKeji.Domain.Indicators.IndicatorDimension;
using static XjKeji.Domain.Indicators.IndicatorLevel1;
using static XjKeji.Domain.Indicators.IndicatorSource;

namespace XjKeji.Domain.Indicators;

/// <summary>
/// The catalog of performance indicators: every third-level row of the seed's 2018 self-evaluation table (项目支出绩效目标自评表),
/// in the table's order, classified by first- and second-level indicator, unit, direction and data source.
/// </summary>
public static class IndicatorCatalog
{
    private const ProgramCode Ax = ProgramCode.AidXinjiang;
    private const ProgramCode Sco = ProgramCode.ScoPartnership;
    private const IndicatorDirection Up = IndicatorDirection.HigherIsBetter;

    /// <summary>Every indicator, in the order of the 2018 table.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Row("AX-PROJECTS", "援疆项目数量", "AidXinjiang projects", Output, Quantity, Ax, "项", Up, ProjectCount),
        Row("AX-TALENTS", "援疆人才数量", "AidXinjiang talents", Output, Quantity, Ax, "名", Up, SumOfProjectValues),
        Row("AX-TRANSFERS", "援疆项目实现成果转化数量", "Achievements transferred", Output, Quantity, Ax, "项", Up, SumOfProjectValues),
        Row("AX-PLATFORMS", "援疆项目合作平台数量", "Cooperation platforms", Output, Quantity, Ax, "个", Up, SumOfProjectValues),
        Row("AX-IP", "援疆项目获得知识产权数量", "Intellectual property items", Output, Quantity, Ax, "个", Up, SumOfProjectValues),
        Row("AX-TRAINED", "援疆项目培训技术人员数量", "Technicians trained (AidXinjiang)", Output, Quantity, Ax, "名", Up, SumOfProjectValues),
        Row("AX-OUTPUT-VALUE", "援疆项目新增产值", "New output value", Output, Quantity, Ax, "万元", Up, SumOfProjectValues),
        Row("AX-FISCAL", "援疆项目财政资金", "AidXinjiang fiscal funds", Output, Cost, Ax, "万元", IndicatorDirection.LowerIsBetter, FiscalFunds),
        Row("SCO-FISCAL", "上合组织计划财政资金", "SCO fiscal funds", Output, Cost, Sco, "万元", IndicatorDirection.LowerIsBetter, FiscalFunds),
        Row("SCO-PROJECTS", "上合组织计划项目数量", "SCO projects", Output, Quantity, Sco, "项", Up, ProjectCount),
        Row("SCO-JOBS", "上合组织计划带动当地就业", "Local jobs created (SCO)", Output, Quantity, Sco, "人次", Up, SumOfProjectValues),
        Row("SCO-DEMO-BASE", "上合组织计划示范基地", "Demonstration base area (SCO)", Output, Quantity, Sco, "万亩", Up, SumOfProjectValues),
        Row("SCO-EXTENSION", "上合组织计划示范推广", "Extension area (SCO)", Output, Quantity, Sco, "万亩", Up, SumOfProjectValues),
        Row("SCO-TRAINED", "上合组织计划培训技术人员数量", "Technicians trained (SCO)", Output, Quantity, Sco, "人", Up, SumOfProjectValues),
        Row("SCO-PROFIT-TAX", "上合组织计划新增利税", "New profit and tax (SCO)", Output, Quantity, Sco, "万元", Up, SumOfProjectValues),
        Row("SCO-EXPORT", "上合组织计划出口创汇", "Export earnings (SCO)", Output, Quantity, Sco, "万美元", Up, SumOfProjectValues),
        Row("AX-PROCESS", "援疆项目申报、评审、公示、批复程序符合相关管理办法要求", "Application, review, publicity and approval procedures compliant", Output, Quality, Ax, "%", Up, ProcessCompliance),
        Row("AX-FUND-USE", "援疆资金使用达到办法标准", "AidXinjiang fund use meets the rules", Output, Quality, Ax, "%", Up, ProcessCompliance),
        Row("PUBLICITY-TIMELINESS", "评审过程和结果公开公示期限符合相关要求", "Review publicity periods compliant", Output, Timeliness, null, "%", Up, ProcessCompliance),
        Row("AX-ECONOMIC", "受援企业通过援疆项目产生的经济效益", "Economic benefit to aided enterprises", Effect, Economic, Ax, "万元", Up, SumOfProjectValues),
        Row("AX-POLICY-PUBLICITY", "宣传“科技援疆”政策效果", "Effect of publicising the S&T Aid policy", Effect, Social, Ax, "%", Up, OfficerAssessment),
        Row("SCO-SOCIAL", "上合组织资金支持产生的社会影响效果", "Social impact of SCO funding", Effect, Social, Sco, "%", Up, OfficerAssessment),
        Row("INNOVATION-IMPACT", "对加速科学技术事业的发展，提高新疆科技创新的影响", "Impact on Xinjiang's S&T innovation", Effect, Sustainability, null, string.Empty, IndicatorDirection.Qualitative, OfficerAssessment),
        Row("AX-SATISFACTION", "科技援疆项目申报人的满意率", "AidXinjiang applicant satisfaction", IndicatorLevel1.Satisfaction, ServiceSatisfaction, Ax, "%", Up, SurveySatisfaction),
        Row("SCO-SATISFACTION", "上合组织资金项目实施地满意度", "SCO project site satisfaction", IndicatorLevel1.Satisfaction, ServiceSatisfaction, Sco, "%", Up, SurveySatisfaction),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Finds an indicator by code, or null.</summary>
    public static IndicatorDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The indicator with the code.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    public static IndicatorDefinition Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No indicator has the code '{code}'.");

    /// <summary>The indicators a project of a program states targets for.</summary>
    public static IReadOnlyList<IndicatorDefinition> PerProjectIndicators(ProgramCode program) =>
        [.. All.Where(d => d.IsPerProject && d.Program == program)];

    private static IndicatorDefinition Row(string code, string zh, string en, IndicatorLevel1 l1, IndicatorDimension l2, ProgramCode? program, string unit, IndicatorDirection direction, IndicatorSource source) =>
        new(code, new BilingualText(zh, en), l1, l2, program, unit, direction, source);
}
