namespace XjKeji.Domain.Reporting;

/// <summary>What a line of the funds block adds up.</summary>
public enum FundLineKind
{
    /// <summary>年度资金总额 the whole report scope.</summary>
    Total = 1,

    /// <summary>One program (计划).</summary>
    Program = 2,

    /// <summary>One category (类别) of a program.</summary>
    Category = 3,

    /// <summary>A program's new projects of the year (新上项目).</summary>
    NewProjects = 4,

    /// <summary>A program's projects carried over from earlier years (上年结转项目).</summary>
    CarriedOverProjects = 5,
}
