using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// 评审指标: the criteria of a call's review and their weights, summing to 100. Each criterion is scored 0–100 on a sheet,
/// so the weighted total of a sheet is also 0–100 whatever the weights; experts never have to rescale per criterion.
/// </summary>
/// <param name="Criteria">The criteria, in the order they are shown.</param>
public sealed record ReviewCriteria(IReadOnlyList<ReviewCriterion> Criteria)
{
    /// <summary>Sum the weights must reach.</summary>
    public const int TotalWeight = 100;

    /// <summary>Highest score of one criterion on a sheet.</summary>
    public const decimal MaxScore = 100m;

    /// <summary>The default criteria (a chosen default; a call may replace them): 创新性 25, 可行性 25, 团队 20, 预期效益 20, 预算合理性 10.</summary>
    public static ReviewCriteria Default { get; } = new(
    [
        new("innovation", new("创新性", "Innovation"), 25),
        new("feasibility", new("可行性", "Feasibility"), 25),
        new("team", new("团队", "Team"), 20),
        new("expectedBenefit", new("预期效益", "Expected benefit"), 20),
        new("budget", new("预算合理性", "Budget soundness"), 10),
    ]);

    /// <summary>The criterion with a code, if any.</summary>
    public ReviewCriterion? Find(string code) => Criteria.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>Checks the set: at least one criterion, codes present and unique, weights positive and summing to 100. Every problem at once.</summary>
    public ValidationResult Validate()
    {
        var r = new ValidationResult();
        if (Criteria.Count == 0)
        {
            r.Add("criteria", "required", "至少需要一个评审指标", "At least one criterion is required");
            return r;
        }

        for (var i = 0; i < Criteria.Count; i++)
        {
            var c = Criteria[i];
            if (string.IsNullOrWhiteSpace(c.Code))
            {
                r.Add($"criteria[{i}].code", "required", "评审指标须有代码", "A criterion needs a code");
            }
            else if (Criteria.Take(i).Any(o => o.Code == c.Code))
            {
                r.Add($"criteria[{i}].code", "duplicate", $"评审指标代码{c.Code}重复", $"The criterion code {c.Code} is used twice");
            }

            if (c.Weight <= 0)
            {
                r.Add($"criteria[{i}].weight", "out-of-range", "权重必须大于零", "A weight must be positive");
            }
        }

        var sum = Criteria.Sum(c => c.Weight);
        if (sum != TotalWeight)
        {
            r.Add("criteria", "weights-not-100", $"权重合计为{sum}，应为{TotalWeight}", $"The weights sum to {sum}, not {TotalWeight}");
        }

        return r;
    }
}
