using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Indicators;

/// <summary>A performance indicator (绩效指标) of the catalog: a third-level row of the self-evaluation table.</summary>
/// <param name="Code">Stable code, e.g. <c>AX-TALENTS</c>.</param>
/// <param name="Name">The third-level indicator name (三级指标), Chinese and English.</param>
/// <param name="Level1">First-level indicator.</param>
/// <param name="Dimension">Second-level indicator.</param>
/// <param name="Program">The program the indicator measures; null for the whole special fund.</param>
/// <param name="Unit">Unit as printed after the number (项, 名, 万元, %, …); empty for qualitative indicators.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Source">Where the actual value comes from.</param>
public sealed record IndicatorDefinition(
    string Code,
    BilingualText Name,
    IndicatorLevel1 Level1,
    IndicatorDimension Dimension,
    ProgramCode? Program,
    string Unit,
    IndicatorDirection Direction,
    IndicatorSource Source)
{
    /// <summary>True when each project states its own target and actual for this indicator (summed in the report).</summary>
    public bool IsPerProject => Source == IndicatorSource.SumOfProjectValues;
}
