namespace XjKeji.Domain.Indicators;

/// <summary>
/// The target and actual of every row of the seed's 2018 self-evaluation table (section 四), as published. The report
/// issue reproduces these from workflow data; this table is what its output is checked against.
/// </summary>
public static class SeedTable2018
{
    /// <summary>Target and actual per indicator code, in table order.</summary>
    public static IReadOnlyList<(string Code, IndicatorValue Target, IndicatorValue Actual)> Rows { get; } =
    [
        ("AX-PROJECTS", IndicatorValue.Of(111), IndicatorValue.Of(111)),
        ("AX-TALENTS", IndicatorValue.Of(445), IndicatorValue.Of(445)),
        ("AX-TRANSFERS", IndicatorValue.Of(111), IndicatorValue.Of(111)),
        ("AX-PLATFORMS", IndicatorValue.Of(1), IndicatorValue.Of(1)),
        ("AX-IP", IndicatorValue.Of(111), IndicatorValue.Of(111)),
        ("AX-TRAINED", IndicatorValue.Of(1192), IndicatorValue.Of(1192)),
        ("AX-OUTPUT-VALUE", IndicatorValue.Of(5675), IndicatorValue.Of(5675)),
        ("AX-FISCAL", IndicatorValue.Of(4000), IndicatorValue.Of(4000)),
        ("SCO-FISCAL", IndicatorValue.Of(1000), IndicatorValue.Of(1000)),
        ("SCO-PROJECTS", IndicatorValue.Of(14), IndicatorValue.Of(14)),
        ("SCO-JOBS", IndicatorValue.Of(800), IndicatorValue.Of(800)),
        ("SCO-DEMO-BASE", IndicatorValue.AtLeast(2), IndicatorValue.AtLeast(2)),
        ("SCO-EXTENSION", IndicatorValue.Of(10), IndicatorValue.Of(10)),
        ("SCO-TRAINED", IndicatorValue.Of(360), IndicatorValue.Of(360)),
        ("SCO-PROFIT-TAX", IndicatorValue.Of(200), IndicatorValue.Of(200)),
        ("SCO-EXPORT", IndicatorValue.Of(1500), IndicatorValue.Of(1500)),
        ("AX-PROCESS", IndicatorValue.Of(100), IndicatorValue.Of(100)),
        ("AX-FUND-USE", IndicatorValue.Of(100), IndicatorValue.Of(100)),
        ("PUBLICITY-TIMELINESS", IndicatorValue.Of(100), IndicatorValue.Of(100)),
        ("AX-ECONOMIC", IndicatorValue.Of(5675), IndicatorValue.Of(5675)),
        ("AX-POLICY-PUBLICITY", IndicatorValue.Of(100), IndicatorValue.Of(100)),
        ("SCO-SOCIAL", IndicatorValue.Of(96), IndicatorValue.Of(96)),
        ("INNOVATION-IMPACT", IndicatorValue.Qualitative("中长期"), IndicatorValue.Qualitative("中长期")),
        ("AX-SATISFACTION", IndicatorValue.AtLeast(95), IndicatorValue.Of(100)),
        ("SCO-SATISFACTION", IndicatorValue.Of(96), IndicatorValue.Of(100)),
    ];
}
