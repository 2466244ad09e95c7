using System.Globalization;
using XjKeji.App.Reporting.Png;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Reporting;

/// <summary>
/// Draws target achievement per quantitative indicator as a PNG bar chart: one bar per row (actual ÷ target, inverted
/// for lower-is-better rows), a dashed 100% line, gridlines every 50%, numbered bars and a legend of indicator codes.
/// Pure managed code (no System.Drawing or Skia): <see cref="RgbCanvas"/>, <see cref="BitmapFont"/>, <see cref="PngEncoder"/>.
/// </summary>
public static class AchievementChartWriter
{
    /// <summary>Background.</summary>
    public static readonly Rgb Background = new(255, 255, 255);

    /// <summary>Bars of rows that met their target.</summary>
    public static readonly Rgb MetBar = new(46, 139, 87);

    /// <summary>Bars of rows that missed their target.</summary>
    public static readonly Rgb MissedBar = new(230, 126, 34);

    /// <summary>The 100% line.</summary>
    public static readonly Rgb TargetLine = new(200, 0, 0);

    private static readonly Rgb Ink = new(30, 30, 30);
    private static readonly Rgb Grid = new(220, 220, 220);

    private const int Scale = 2;
    private const int Slot = 56;
    private const int BarWidth = 32;
    private const int Left = 80;
    private const int Right = 30;
    private const int Top = 70;
    private const int PlotHeight = 320;
    private const int LegendColumn = 440;
    private const int LegendLine = 22;

    /// <summary>Writes the chart of <paramref name="report"/> as PNG to <paramref name="output"/>.</summary>
    public static Task WriteAsync(SelfEvaluationReport report, Stream output, CancellationToken cancellationToken = default) =>
        PngEncoder.WriteAsync(Render(report), output, cancellationToken);

    /// <summary>The geometry of the chart for a report.</summary>
    public static ChartLayout Layout(SelfEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.Where(r => r.Achievement is not null && r.Indicator.Direction != IndicatorDirection.Qualitative).ToList();
        var percents = rows.Select(r => r.Achievement!.Value * 100).ToList();

        // At least 150% so the 100% line sits two-thirds up; at most 300% so one runaway row cannot flatten the rest.
        var axisMax = Math.Clamp(Math.Ceiling((percents.DefaultIfEmpty(0).Max()) / 50) * 50, 150, 300);
        var width = Math.Max(640, Left + (Math.Max(rows.Count, 1) * Slot) + Right);
        var bottom = Top + PlotHeight;
        var columns = Math.Max(1, (width - 40) / LegendColumn);
        var legendRows = (rows.Count + columns - 1) / columns;
        var height = bottom + 50 + (legendRows * LegendLine) + 20;
        var bars = new List<ChartBar>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var pct = percents[i];
            var h = (int)Math.Round(Math.Min(pct, axisMax) / axisMax * PlotHeight, MidpointRounding.AwayFromZero);
            var x = Left + (i * Slot) + ((Slot - BarWidth) / 2);
            var row = rows[i];
            var legend = string.Create(CultureInfo.InvariantCulture,
                $"{i + 1} {row.Indicator.Code} {Math.Round(pct, 0, MidpointRounding.AwayFromZero)}% ({row.Actual!.Number:0.##}/{row.Target!.Number:0.##})");
            bars.Add(new ChartBar(i + 1, row.Indicator.Code, pct, row.Status == RowStatus.Met, x, BarWidth, bottom - h, h, legend));
        }

        var hundred = bottom - (int)Math.Round(100m / axisMax * PlotHeight, MidpointRounding.AwayFromZero);
        return new ChartLayout(width, height, Left, Top, bottom, axisMax, hundred, bars);
    }

    /// <summary>Draws the chart on a canvas.</summary>
    public static RgbCanvas Render(SelfEvaluationReport report)
    {
        var layout = Layout(report);
        var c = new RgbCanvas(layout.Width, layout.Height, Background);
        var scope = report.Program?.ToString().ToUpperInvariant() ?? "SPECIAL FUND";
        c.Text(Left, 20, $"{report.ProgramYear} {scope}: ACTUAL / TARGET (%)", Scale, Ink);

        var plotWidth = layout.Width - Left - Right;
        for (var p = 0m; p <= layout.AxisMaxPercent; p += 50)
        {
            var y = layout.PlotBottom - (int)Math.Round(p / layout.AxisMaxPercent * PlotHeight, MidpointRounding.AwayFromZero);
            c.HorizontalLine(Left, y, plotWidth, 1, Grid);
            var label = string.Create(CultureInfo.InvariantCulture, $"{p:0}%");
            c.Text(Left - 8 - BitmapFont.Measure(label, Scale), y - 7, label, Scale, Ink);
        }

        foreach (var bar in layout.Bars)
        {
            c.FillRect(bar.Left, bar.Top, bar.BarWidth, bar.BarHeight, bar.Met ? MetBar : MissedBar);
            var value = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bar.AchievementPercent, 0, MidpointRounding.AwayFromZero)}");
            var center = bar.Left + (bar.BarWidth / 2);
            c.Text(center - (BitmapFont.Measure(value, Scale) / 2), Math.Max(bar.Top - 18, Top - 18), value, Scale, Ink);
            var number = bar.Number.ToString(CultureInfo.InvariantCulture);
            c.Text(center - (BitmapFont.Measure(number, Scale) / 2), layout.PlotBottom + 8, number, Scale, Ink);
        }

        c.HorizontalLine(Left, layout.PlotBottom, plotWidth, 2, Ink);
        c.HorizontalLine(Left, layout.HundredPercentY, plotWidth, 2, TargetLine, dash: 8);

        var columns = Math.Max(1, (layout.Width - 40) / LegendColumn);
        var perColumn = Math.Max(1, (layout.Bars.Count + columns - 1) / columns);
        for (var i = 0; i < layout.Bars.Count; i++)
        {
            var x = 20 + ((i / perColumn) * LegendColumn);
            var y = layout.PlotBottom + 40 + ((i % perColumn) * LegendLine);
            c.Text(x, y, layout.Bars[i].Legend, Scale, Ink);
        }

        return c;
    }
}
