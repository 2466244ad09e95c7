using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// Computes panel scores: the mean of the sheets' weighted totals, after dropping the single highest and single lowest
/// when the panel has at least <see cref="ReviewPanelRule.TrimHighestAndLowestFrom"/> sheets (and never with fewer than
/// three, which would leave nothing). All arithmetic is exact <see cref="decimal"/>; the only rounding is the final one.
/// </summary>
public static class PanelScoring
{
    /// <summary>Computes one application's panel score.</summary>
    /// <param name="projectId">The application.</param>
    /// <param name="sheets">Its sheets: at least one, all for this project, one per expert, each valid.</param>
    /// <param name="criteria">The criteria (valid).</param>
    /// <param name="rule">Panel rule (trimming threshold).</param>
    /// <exception cref="DomainValidationException">Every problem of the criteria and sheets at once.</exception>
    public static PanelScore Compute(string projectId, IReadOnlyList<ScoreSheet> sheets, ReviewCriteria criteria, ReviewPanelRule rule)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(rule);
        Validate(projectId, sheets, criteria).ThrowIfInvalid();

        var totals = sheets.Select(s => (s.ExpertId, Total: s.WeightedTotal(criteria))).OrderBy(t => t.ExpertId, StringComparer.Ordinal).ToList();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        if (totals.Count >= Math.Max(rule.TrimHighestAndLowestFrom, 3))
        {
            // Among equal totals the lowest expert id is dropped: any choice gives the same mean; this one is reproducible.
            dropped.Add(totals.OrderByDescending(t => t.Total).ThenBy(t => t.ExpertId, StringComparer.Ordinal).First().ExpertId);
            dropped.Add(totals.Where(t => !dropped.Contains(t.ExpertId)).OrderBy(t => t.Total).ThenBy(t => t.ExpertId, StringComparer.Ordinal).First().ExpertId);
        }

        var kept = totals.Where(t => !dropped.Contains(t.ExpertId)).Select(t => t.Total).ToList();
        return new PanelScore(
            projectId,
            [.. totals.Select(t => new SheetTotal(t.ExpertId, t.Total, dropped.Contains(t.ExpertId)))],
            Round(kept.Sum() / kept.Count),
            Round(totals.Sum(t => t.Total) / totals.Count));
    }

    /// <summary>Checks criteria and sheets for <see cref="Compute"/>; every problem at once.</summary>
    public static ValidationResult Validate(string projectId, IReadOnlyList<ScoreSheet> sheets, ReviewCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(criteria);
        var r = new ValidationResult();
        r.AddNested("criteria", criteria.Validate());
        if (sheets.Count == 0)
        {
            r.Add("sheets", "required", "没有评分表，无法计算得分", "No score sheet: the score cannot be computed");
        }

        for (var i = 0; i < sheets.Count; i++)
        {
            var s = sheets[i];
            if (!string.Equals(s.ProjectId, projectId, StringComparison.Ordinal))
            {
                r.Add($"sheets[{i}].projectId", "wrong-project", "评分表不属于本项目", "The sheet is for another project");
            }

            if (sheets.Take(i).Any(o => string.Equals(o.ExpertId, s.ExpertId, StringComparison.Ordinal)))
            {
                r.Add($"sheets[{i}].expertId", "duplicate-expert", $"专家{s.ExpertId}提交了两份评分表", $"Expert {s.ExpertId} has two sheets");
            }

            r.AddNested($"sheets[{i}]", s.Validate(criteria));
        }

        return r;
    }

    /// <summary>The one rounding of review scores: two decimals, half away from zero (四舍五入).</summary>
    public static decimal Round(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}
