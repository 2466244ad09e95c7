using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// Scores one indicator row by REGULATIONS.md: a met quantitative target earns full points, a missed one points ×
/// actual ÷ target (target ÷ actual when lower is better); a qualitative row earns the share the officer chose inside
/// the tier. A missed row without a complete deviation reason and measure is a problem.
/// </summary>
internal static class RowScorer
{
    public static IndicatorRow Score(
        IndicatorDefinition d, AggregatedValues v, decimal points, DeviationExplanation? explanation, SelfEvaluationSettings settings, ValidationResult problems)
    {
        var row = d.Direction == IndicatorDirection.Qualitative
            ? Qualitative(d, v, points, settings, problems)
            : Quantitative(d, v, points, settings);
        row = row with { Explanation = explanation };
        if (row.Status == RowStatus.NotMet && explanation?.IsComplete != true)
        {
            problems.Add($"rows[{d.Code}].explanation", "deviation-reason-missing",
                $"“{d.Name.Zh}”未完成年度指标值，须填写偏差原因分析及改进措施",
                $"'{d.Name.En}' missed its target: a deviation reason and an improvement measure are required");
        }

        if (row.FarAboveTarget)
        {
            // Not an error: scoring stays full, but 财预〔2020〕10号 asks reviewers to look at targets set too low.
            problems.Add($"rows[{d.Code}].actual", "far-above-target",
                $"“{d.Name.Zh}”实际完成值远超年度指标值，请复核指标设定是否偏低",
                $"'{d.Name.En}' is far above its target: review whether the target was set too low");
        }

        return row;
    }

    private static IndicatorRow Quantitative(IndicatorDefinition d, AggregatedValues v, decimal points, SelfEvaluationSettings settings)
    {
        var t = v.Target?.Number;
        var a = v.Actual?.Number;
        if (t is null || a is null)
        {
            return Row(d, v, points, 0, RowStatus.NotScored, null, null, false);
        }

        bool met;
        decimal? achievement;
        var far = false;
        if (d.Direction == IndicatorDirection.LowerIsBetter)
        {
            met = a <= t;
            achievement = a > 0 ? t / a : null;

            // Spending nothing of a positive cost target is as suspicious as a far-exceeded output.
            far = achievement is null ? t > 0 : achievement > settings.FarAboveTargetRatio;
        }
        else
        {
            met = a >= t;
            achievement = t > 0 ? a / t : null;
            far = achievement > settings.FarAboveTargetRatio;
        }

        var score = met ? points : ReportNumbers.Points(points * (achievement ?? 0));
        return Row(d, v, points, score, met ? RowStatus.Met : RowStatus.NotMet, achievement, a - t, far);
    }

    private static IndicatorRow Qualitative(IndicatorDefinition d, AggregatedValues v, decimal points, SelfEvaluationSettings settings, ValidationResult problems)
    {
        if (v.Tier is not { } tier || v.TierPercent is not { } percent)
        {
            if (v.Actual is not null)
            {
                problems.Add($"rows[{d.Code}].tier", "tier-missing", $"定性指标“{d.Name.Zh}”须选择评价档次和得分比例",
                    $"Qualitative indicator '{d.Name.En}' needs a tier and a share of points");
            }

            return Row(d, v, points, 0, RowStatus.NotScored, null, null, false);
        }

        var range = settings.TierRanges[tier];
        if (!range.Contains(percent))
        {
            problems.Add($"rows[{d.Code}].tierPercent", "percent-outside-tier",
                $"“{d.Name.Zh}”的得分比例{percent:0.##}%不在所选档次的区间{range}内",
                $"The share {percent:0.##}% for '{d.Name.En}' is outside the chosen tier's range {range}");
            return Row(d, v, points, 0, RowStatus.NotScored, null, null, false);
        }

        var status = tier == QualitativeTier.Met ? RowStatus.Met : RowStatus.NotMet;
        return Row(d, v, points, ReportNumbers.Points(points * percent / 100m), status, null, null, false);
    }

    private static IndicatorRow Row(IndicatorDefinition d, AggregatedValues v, decimal points, decimal score, RowStatus status, decimal? achievement, decimal? deviation, bool far) =>
        new(d, v.Target, v.Actual, points, score, status, achievement, deviation, far, v.Tier, v.TierPercent, null,
            [.. v.EvidenceIds.Take(IndicatorRow.EvidenceListed)], v.EvidenceIds.Count, v.ProjectCount, v.Survey);
}
