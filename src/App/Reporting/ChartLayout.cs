namespace XjKeji.App.Reporting;

/// <summary>Where the achievement chart puts things, so callers (and tests) can relate pixels to data.</summary>
/// <param name="Width">Image width.</param>
/// <param name="Height">Image height.</param>
/// <param name="PlotLeft">Left edge of the plot area.</param>
/// <param name="PlotTop">Pixel row of the axis maximum.</param>
/// <param name="PlotBottom">Pixel row of 0% (the baseline; bars end just above it).</param>
/// <param name="AxisMaxPercent">The percentage at <see cref="PlotTop"/>.</param>
/// <param name="HundredPercentY">Pixel row of the 100% line.</param>
/// <param name="Bars">One bar per quantitative indicator with a defined achievement, in table order.</param>
public sealed record ChartLayout(int Width, int Height, int PlotLeft, int PlotTop, int PlotBottom, decimal AxisMaxPercent, int HundredPercentY, IReadOnlyList<ChartBar> Bars);

/// <summary>One bar of the achievement chart.</summary>
/// <param name="Number">The bar's number under the axis and in the legend (1-based).</param>
/// <param name="Code">The indicator code.</param>
/// <param name="AchievementPercent">Actual ÷ target × 100 (inverted for lower-is-better rows).</param>
/// <param name="Met">True when the row met its target.</param>
/// <param name="Left">Left pixel column of the bar.</param>
/// <param name="BarWidth">Width in pixels.</param>
/// <param name="Top">Top pixel row of the bar.</param>
/// <param name="BarHeight">Height in pixels (clipped at the axis maximum).</param>
/// <param name="Legend">The legend line: number, code, percentage, actual/target.</param>
public sealed record ChartBar(int Number, string Code, decimal AchievementPercent, bool Met, int Left, int BarWidth, int Top, int BarHeight, string Legend);
