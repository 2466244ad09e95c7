namespace XjKeji.Domain.Indicators;

/// <summary>A project's target (预期指标值) for one catalog indicator, stated in its application and fixed at approval.</summary>
/// <param name="IndicatorCode">The catalog indicator.</param>
/// <param name="Value">The target value.</param>
public sealed record IndicatorTarget(string IndicatorCode, IndicatorValue Value);

/// <summary>A project's actual value (实际完成值) for one indicator, with the evidence that proves it.</summary>
/// <param name="IndicatorCode">The catalog indicator.</param>
/// <param name="Value">The actual value.</param>
/// <param name="EvidenceIds">Ids of the evidence files behind the value (佐证材料).</param>
public sealed record IndicatorActual(string IndicatorCode, IndicatorValue Value, IReadOnlyList<string> EvidenceIds);
