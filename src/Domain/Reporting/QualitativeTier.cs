namespace XjKeji.Domain.Reporting;

/// <summary>The officer's judgement of a qualitative indicator; each tier allows a range of the row's points.</summary>
public enum QualitativeTier
{
    /// <summary>达成年度指标 met: 80–100% of the points.</summary>
    Met = 1,

    /// <summary>部分达成并具有一定效果 partly met with some effect: 60–80%.</summary>
    PartlyMet = 2,

    /// <summary>未达成且效果较差 not met: 0–60%.</summary>
    NotMet = 3,
}
