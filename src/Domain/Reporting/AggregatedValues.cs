using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Reporting;

/// <summary>A row's target and actual as gathered from the recorded data, before scoring.</summary>
internal sealed record AggregatedValues(
    IndicatorValue? Target,
    IndicatorValue? Actual,
    IReadOnlyList<string> EvidenceIds,
    int? ProjectCount = null,
    SurveyTally? Survey = null,
    QualitativeTier? Tier = null,
    decimal? TierPercent = null);
