using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Reporting;

/// <summary>One computed indicator row of the self-evaluation table.</summary>
/// <param name="Indicator">The catalog indicator (its levels, name, unit and direction).</param>
/// <param name="Target">年度指标值; null when none was recorded.</param>
/// <param name="Actual">实际完成值; null when nothing was reported.</param>
/// <param name="Points">分值.</param>
/// <param name="Score">得分, rounded to 0.01.</param>
/// <param name="Status">Met, not met, or not scorable.</param>
/// <param name="Achievement">The ratio scored: actual ÷ target, or target ÷ actual for lower-is-better rows; null when undefined.</param>
/// <param name="Deviation">Actual − target in the indicator's unit; null for texts or missing values.</param>
/// <param name="FarAboveTarget">True when <see cref="Achievement"/> exceeds the review ratio: the target may have been set too low.</param>
/// <param name="Tier">Qualitative rows: the officer's tier.</param>
/// <param name="TierPercent">Qualitative rows: the share of points awarded.</param>
/// <param name="Explanation">偏差原因分析及改进措施, when recorded.</param>
/// <param name="EvidenceIds">
/// Evidence behind the actual, in project order, without duplicates: the first <see cref="EvidenceListed"/> of them. A
/// process-compliance row of a national year rests on every accepted file of 100,000 projects; a list that long would
/// be most of the report and help no reader, who finds a project's files in its evidence manifest.
/// </param>
/// <param name="EvidenceCount">How many distinct files are behind the actual in all.</param>
/// <param name="ProjectCount">Projects the target and actual were aggregated over; null for rows not built from projects.</param>
/// <param name="Survey">Satisfaction rows: the answers behind the rate.</param>
public sealed record IndicatorRow(
    IndicatorDefinition Indicator,
    IndicatorValue? Target,
    IndicatorValue? Actual,
    decimal Points,
    decimal Score,
    RowStatus Status,
    decimal? Achievement,
    decimal? Deviation,
    bool FarAboveTarget,
    QualitativeTier? Tier,
    decimal? TierPercent,
    DeviationExplanation? Explanation,
    IReadOnlyList<string> EvidenceIds,
    int EvidenceCount,
    int? ProjectCount,
    SurveyTally? Survey)
{
    /// <summary>How many evidence ids a row lists at most (<see cref="EvidenceIds"/>).</summary>
    public const int EvidenceListed = 100;

    /// <summary>The target as the table prints it, e.g. "111项", "≥95%"; empty when missing.</summary>
    public string TargetText => Target?.Format(Indicator.Unit) ?? string.Empty;

    /// <summary>The actual as the table prints it; empty when missing.</summary>
    public string ActualText => Actual?.Format(Indicator.Unit) ?? string.Empty;
}
