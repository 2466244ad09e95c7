namespace XjKeji.Domain.Indicators;

/// <summary>First-level indicator (一级指标) of the Ministry of Finance self-evaluation table.</summary>
public enum IndicatorLevel1
{
    /// <summary>产出指标 outputs (weight 50).</summary>
    Output = 1,

    /// <summary>效益指标 effects (weight 30).</summary>
    Effect = 2,

    /// <summary>满意度指标 service-object satisfaction (weight 10).</summary>
    Satisfaction = 3,
}

/// <summary>Second-level indicator (二级指标).</summary>
public enum IndicatorDimension
{
    /// <summary>数量指标 quantity (output).</summary>
    Quantity = 1,

    /// <summary>质量指标 quality (output).</summary>
    Quality = 2,

    /// <summary>时效指标 timeliness (output).</summary>
    Timeliness = 3,

    /// <summary>成本指标 cost (output).</summary>
    Cost = 4,

    /// <summary>经济效益指标 economic effect.</summary>
    Economic = 5,

    /// <summary>社会效益指标 social effect.</summary>
    Social = 6,

    /// <summary>生态效益指标 ecological effect.</summary>
    Ecological = 7,

    /// <summary>可持续影响指标 sustainability.</summary>
    Sustainability = 8,

    /// <summary>服务对象满意度指标 service-object satisfaction.</summary>
    ServiceSatisfaction = 9,
}

/// <summary>Which way is better for an indicator; decides proportional scoring.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better; missing the target scores actual ÷ target.</summary>
    HigherIsBetter = 1,

    /// <summary>Less is better (costs); exceeding the target scores target ÷ actual.</summary>
    LowerIsBetter = 2,

    /// <summary>A qualitative judgement scored in tiers by the officer.</summary>
    Qualitative = 3,
}

/// <summary>How a target value is stated.</summary>
public enum IndicatorComparator
{
    /// <summary>The stated number, e.g. "111项".</summary>
    Exactly = 1,

    /// <summary>At least the number, e.g. "2万亩以上", "≥95%".</summary>
    AtLeast = 2,

    /// <summary>At most the number, e.g. a cost ceiling.</summary>
    AtMost = 3,
}

/// <summary>Where the year's actual value of an indicator comes from, so the report is computed from recorded data, not typed-in totals.</summary>
public enum IndicatorSource
{
    /// <summary>The number of funded projects (approved in the year).</summary>
    ProjectCount = 1,

    /// <summary>The sum of the values projects reported (targets at approval, actuals at mid-term and acceptance), each backed by evidence.</summary>
    SumOfProjectValues = 2,

    /// <summary>Fiscal funds allocated in the year.</summary>
    FiscalFunds = 3,

    /// <summary>Share of projects whose recorded workflow met the rule (procedures, publicity periods, fund use).</summary>
    ProcessCompliance = 4,

    /// <summary>Satisfaction survey answers: satisfied ÷ responses.</summary>
    SurveySatisfaction = 5,

    /// <summary>An officer's recorded assessment with its evidence (qualitative or survey-less percentages).</summary>
    OfficerAssessment = 6,
}
