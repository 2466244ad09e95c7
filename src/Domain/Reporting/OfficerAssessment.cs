using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// The program officer's recorded finding for an indicator whose source is
/// <see cref="IndicatorSource.OfficerAssessment"/>: the actual as the table states it, the evidence, and for qualitative
/// indicators the tier and the share of points chosen within it.
/// </summary>
/// <param name="IndicatorCode">The catalog indicator.</param>
/// <param name="Actual">The actual value (a percentage, or a text such as "中长期").</param>
/// <param name="EvidenceIds">Evidence behind the finding.</param>
/// <param name="Tier">For qualitative indicators: the tier chosen.</param>
/// <param name="PercentOfPoints">For qualitative indicators: the share of the row's points awarded, 0–100, inside the tier's range.</param>
public sealed record OfficerAssessment(
    string IndicatorCode,
    IndicatorValue Actual,
    IReadOnlyList<string> EvidenceIds,
    QualitativeTier? Tier = null,
    decimal? PercentOfPoints = null);
