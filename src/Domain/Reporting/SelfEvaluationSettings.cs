using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// Every number of REGULATIONS.md's "Year-end performance self-evaluation" section in one place (财预〔2020〕10号).
/// <see cref="Default"/> ships the regulation; a call or a newer rule replaces parts with <c>with</c>.
/// </summary>
public sealed record SelfEvaluationSettings
{
    /// <summary>The regulation defaults.</summary>
    public static SelfEvaluationSettings Default { get; } = new();

    /// <summary>Points of the budget execution rate row (预算执行率), default 10.</summary>
    public decimal BudgetExecutionPoints { get; init; } = 10m;

    /// <summary>Points of each first-level indicator: outputs 50, effects 30, satisfaction 10.</summary>
    public IReadOnlyDictionary<IndicatorLevel1, decimal> Level1Points { get; init; } = new Dictionary<IndicatorLevel1, decimal>
    {
        [IndicatorLevel1.Output] = 50m,
        [IndicatorLevel1.Effect] = 30m,
        [IndicatorLevel1.Satisfaction] = 10m,
    };

    /// <summary>
    /// Points fixed for some second-level indicators; the rest of their first-level parent's points are split equally among
    /// the other second-level indicators present. Empty by default (equal split).
    /// </summary>
    public IReadOnlyDictionary<IndicatorDimension, decimal> DimensionPoints { get; init; } = new Dictionary<IndicatorDimension, decimal>();

    /// <summary>
    /// Points fixed for some indicators by code; the rest of their second-level parent's points are split equally among the
    /// other rows of that parent. Empty by default (equal split).
    /// </summary>
    public IReadOnlyDictionary<string, decimal> IndicatorPoints { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>
    /// An actual more than this multiple of its target is flagged for review (the target may have been set too low);
    /// default 1.5 (150%). Scoring is unaffected: a met target earns full points.
    /// </summary>
    public decimal FarAboveTargetRatio { get; init; } = 1.5m;

    /// <summary>Tier ranges of qualitative indicators: met 80–100%, partly met 60–80%, not met 0–60%.</summary>
    public IReadOnlyDictionary<QualitativeTier, TierRange> TierRanges { get; init; } = new Dictionary<QualitativeTier, TierRange>
    {
        [QualitativeTier.Met] = new(80m, 100m),
        [QualitativeTier.PartlyMet] = new(60m, 80m),
        [QualitativeTier.NotMet] = new(0m, 60m),
    };

    /// <summary>Lowest total of 优 (default 90).</summary>
    public decimal ExcellentFrom { get; init; } = 90m;

    /// <summary>Lowest total of 良 (default 80).</summary>
    public decimal GoodFrom { get; init; } = 80m;

    /// <summary>Lowest total of 中 (default 60); below it is 差.</summary>
    public decimal FairFrom { get; init; } = 60m;

    /// <summary>
    /// True to count carried-over projects in the indicator rows too. Off by default: a project's targets belong to the
    /// year it was approved (the seed's 2018 rows count the 111 new AidXinjiang projects, not all 257), while carried-over
    /// projects still count in the funds block.
    /// </summary>
    public bool CountCarriedOverInIndicators { get; init; }

    /// <summary>The grade of a total score.</summary>
    public PerformanceGrade GradeOf(decimal total) =>
        total >= ExcellentFrom ? PerformanceGrade.Excellent
        : total >= GoodFrom ? PerformanceGrade.Good
        : total >= FairFrom ? PerformanceGrade.Fair
        : PerformanceGrade.Poor;

    /// <summary>Checks the settings: points add up to 100, nothing negative, tiers and grade boundaries in order.</summary>
    public ValidationResult Validate()
    {
        var r = new ValidationResult();
        var all = Level1Points.Values.Append(BudgetExecutionPoints).Concat(DimensionPoints.Values).Concat(IndicatorPoints.Values);
        if (all.Any(p => p < 0))
        {
            r.Add("points", "negative", "分值不能为负数", "Points cannot be negative");
        }

        if (BudgetExecutionPoints + Level1Points.Values.Sum() != 100m)
        {
            r.Add("level1Points", "not-100", "预算执行率与一级指标分值合计应为100分", "Budget execution and first-level points must add up to 100");
        }

        if (FarAboveTargetRatio <= 1m)
        {
            r.Add("farAboveTargetRatio", "out-of-range", "超目标复核倍数应大于1", "The far-above-target ratio must be greater than 1");
        }

        foreach (var tier in Enum.GetValues<QualitativeTier>())
        {
            if (!TierRanges.TryGetValue(tier, out var range) || range.MinPercent < 0 || range.MaxPercent > 100 || range.MinPercent > range.MaxPercent)
            {
                r.Add($"tierRanges.{tier}", "invalid", "定性指标档次区间无效", "The qualitative tier range is invalid");
            }
        }

        if (!(ExcellentFrom > GoodFrom && GoodFrom > FairFrom && FairFrom > 0))
        {
            r.Add("grades", "out-of-order", "等级分数线应依次递减", "Grade boundaries must decrease from 优 to 中");
        }

        return r;
    }
}
