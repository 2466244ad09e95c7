using System.Globalization;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// 评分表: one expert's scores for one application, one score per criterion code, each 0–100 with at most two decimals.
/// </summary>
/// <param name="ProjectId">The application.</param>
/// <param name="ExpertId">The expert.</param>
/// <param name="Scores">Score per criterion code.</param>
/// <param name="Comment">The expert's written opinion (评审意见), if any.</param>
public sealed record ScoreSheet(string ProjectId, string ExpertId, IReadOnlyDictionary<string, decimal> Scores, string? Comment = null)
{
    /// <summary>Checks the sheet against the criteria: every criterion scored, none unknown, each within 0–100 with at most two decimals.</summary>
    public ValidationResult Validate(ReviewCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var r = new ValidationResult();
        if (string.IsNullOrWhiteSpace(ProjectId) || string.IsNullOrWhiteSpace(ExpertId))
        {
            r.Add(string.Empty, "required", "评分表须注明项目和专家", "A score sheet needs the project and the expert");
        }

        foreach (var c in criteria.Criteria)
        {
            if (!Scores.TryGetValue(c.Code, out var s))
            {
                r.Add($"scores.{c.Code}", "required", $"缺少“{c.Name.Zh}”的评分", $"The score for '{c.Name.En}' is missing");
            }
            else if (s < 0 || s > ReviewCriteria.MaxScore || decimal.Round(s, 2) != s)
            {
                r.Add($"scores.{c.Code}", "out-of-range", $"“{c.Name.Zh}”的评分应在0至100之间，最多两位小数",
                    $"The score for '{c.Name.En}' must be 0–100 with at most two decimals");
            }
        }

        foreach (var unknown in Scores.Keys.Where(k => criteria.Find(k) is null).Order(StringComparer.Ordinal))
        {
            r.Add($"scores.{unknown}", "unknown-criterion", $"“{unknown}”不是本次评审的指标", $"'{unknown}' is not a criterion of this review");
        }

        return r;
    }

    /// <summary>
    /// The weighted total, Σ score × weight ÷ 100, unrounded (rounding happens once, on the panel score). Assumes a valid sheet.
    /// </summary>
    /// <exception cref="KeyNotFoundException">A criterion is not scored (validate first).</exception>
    public decimal WeightedTotal(ReviewCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.Criteria.Sum(c => Scores.TryGetValue(c.Code, out var s)
            ? s * c.Weight / ReviewCriteria.TotalWeight
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Criterion '{c.Code}' is not scored.")));
    }
}
