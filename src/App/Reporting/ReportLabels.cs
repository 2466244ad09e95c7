using System.Globalization;
using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Reporting;

/// <summary>The texts every writer prints the same way: level names, percentages, amounts in 万元, row notes.</summary>
public static class ReportLabels
{
    /// <summary>The department that signs the table (主管部门).</summary>
    public const string Department = "新疆维吾尔自治区科学技术厅";

    /// <summary>一级指标 name.</summary>
    public static BilingualText Level1(IndicatorLevel1 level) => level switch
    {
        IndicatorLevel1.Output => new("产出指标", "Outputs"),
        IndicatorLevel1.Effect => new("效益指标", "Effects"),
        IndicatorLevel1.Satisfaction => new("满意度指标", "Satisfaction"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown first-level indicator."),
    };

    /// <summary>二级指标 name.</summary>
    public static BilingualText Dimension(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.Quantity => new("数量指标", "Quantity"),
        IndicatorDimension.Quality => new("质量指标", "Quality"),
        IndicatorDimension.Timeliness => new("时效指标", "Timeliness"),
        IndicatorDimension.Cost => new("成本指标", "Cost"),
        IndicatorDimension.Economic => new("经济效益指标", "Economic effect"),
        IndicatorDimension.Social => new("社会效益指标", "Social effect"),
        IndicatorDimension.Ecological => new("生态效益指标", "Ecological effect"),
        IndicatorDimension.Sustainability => new("可持续影响指标", "Sustainability"),
        IndicatorDimension.ServiceSatisfaction => new("服务对象满意度指标", "Service-object satisfaction"),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown second-level indicator."),
    };

    /// <summary>
    /// CNY as 万元 rounded to 0.01, half away from zero, as a number for spreadsheets and JSON. Adding 0.00m gives the
    /// decimal a scale of two, so 4000 is written "4000.00" as the table prints it.
    /// </summary>
    public static decimal WanYuan(decimal cny) => Cny.RoundWanYuan(Cny.ToWanYuan(cny)) + 0.00m;

    /// <summary>Points or a score as a number with a scale of two (10 → 10.00), for spreadsheets and JSON.</summary>
    public static decimal Fixed2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>
    /// Rows in the order of the printed table: by first-level, then second-level indicator in the Ministry of Finance
    /// order (数量, 质量, 时效, 成本; 经济, 社会, 生态, 可持续), catalog order within each, so merged level cells are contiguous.
    /// The catalog itself follows the seed's 2018 table, which lists the SCO quantity rows after the cost rows.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> TableOrder(IReadOnlyList<IndicatorRow> rows) =>
        [.. rows.OrderBy(r => r.Indicator.Level1).ThenBy(r => r.Indicator.Dimension)];

    /// <summary>A fraction as a percentage with up to two decimals: 1 → "100%", 0.99604 → "99.6%".</summary>
    public static string Percent(decimal? fraction) =>
        fraction is null ? string.Empty : Math.Round(fraction.Value * 100, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Points or a score with two decimals: "12.50".</summary>
    public static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The deviation column: the recorded reason and measure, or empty.</summary>
    public static string Explanation(IndicatorRow row) => row.Explanation?.Text ?? string.Empty;

    /// <summary>
    /// Remarks of a row (备注): survey sample size, a far-above-target flag, the tier chosen, projects and evidence behind
    /// the figure. Kept apart from the target and actual so those print exactly as the official table does.
    /// </summary>
    public static string Note(IndicatorRow row)
    {
        var parts = new List<string>();
        if (row.Survey is { } s)
        {
            parts.Add($"有效问卷{s.Responses}份，满意{s.Satisfied}份");
        }

        if (row.Tier is { } tier)
        {
            var name = tier switch
            {
                QualitativeTier.Met => "达成",
                QualitativeTier.PartlyMet => "部分达成",
                _ => "未达成",
            };
            parts.Add($"评价档次：{name}（{row.TierPercent:0.##}%）");
        }

        if (row.FarAboveTarget)
        {
            parts.Add("实际完成值远超年度指标值，请复核指标设定");
        }

        if (row.Status == RowStatus.NotScored)
        {
            parts.Add("数据不全，未计分");
        }

        if (row.ProjectCount is { } n && row.Indicator.Source != IndicatorSource.ProjectCount)
        {
            parts.Add($"涉及项目{n}项");
        }

        if (row.EvidenceCount > 0)
        {
            parts.Add(row.EvidenceCount > row.EvidenceIds.Count ? $"佐证材料{row.EvidenceCount}份（列出前{row.EvidenceIds.Count}份）" : $"佐证材料{row.EvidenceCount}份");
        }

        return string.Join("；", parts);
    }
}
