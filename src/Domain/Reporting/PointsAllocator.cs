using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// Splits each first-level indicator's points over the second-level indicators present, and those over their rows:
/// fixed points where configured, the rest equally. Points are shared out in whole 分 (0.01) by largest remainder, so
/// the 分值 column of the printed table adds up exactly to its parent (12.50 over 14 rows is four 0.90 and ten 0.89,
/// earlier rows first) instead of rounding to a total of 12.46 or 12.60.
/// </summary>
internal static class PointsAllocator
{
    /// <summary>Points per indicator code for the rows in scope.</summary>
    /// <exception cref="DomainValidationException">Fixed points exceed their parent, or fixed points for every child do not add up to it.</exception>
    public static IReadOnlyDictionary<string, decimal> Allocate(IReadOnlyList<IndicatorDefinition> rows, SelfEvaluationSettings settings)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var problems = new ValidationResult();
        foreach (var level1 in rows.Select(r => r.Level1).Distinct())
        {
            var dims = rows.Where(r => r.Level1 == level1).Select(r => r.Dimension).Distinct().ToList();
            var parent = settings.Level1Points.GetValueOrDefault(level1);
            var dimPoints = Split(parent, [.. dims.Select(d => settings.DimensionPoints.TryGetValue(d, out var p) ? p : (decimal?)null)], $"level1Points.{level1}", problems);
            for (var i = 0; i < dims.Count; i++)
            {
                var members = rows.Where(r => r.Level1 == level1 && r.Dimension == dims[i]).ToList();
                var rowPoints = Split(dimPoints[i], [.. members.Select(m => settings.IndicatorPoints.TryGetValue(m.Code, out var p) ? p : (decimal?)null)], $"dimensionPoints.{dims[i]}", problems);
                for (var j = 0; j < members.Count; j++)
                {
                    result[members[j].Code] = rowPoints[j];
                }
            }
        }

        problems.ThrowIfInvalid();
        return result;
    }

    private static decimal[] Split(decimal total, decimal?[] fixedPoints, string field, ValidationResult problems)
    {
        var fixedSum = fixedPoints.Sum(p => p ?? 0);
        var free = Enumerable.Range(0, fixedPoints.Length).Where(i => fixedPoints[i] is null).ToList();
        if (fixedSum > total)
        {
            problems.Add(field, "children-exceed-parent", "下级指标分值之和超过上级指标分值", "Fixed points of the children exceed their parent's points");
        }
        else if (free.Count == 0 && fixedSum != total)
        {
            problems.Add(field, "children-do-not-add-up", "下级指标分值之和与上级指标分值不一致", "The children's points do not add up to their parent's points");
        }

        var result = fixedPoints.Select(p => p ?? 0).ToArray();
        if (free.Count == 0 || fixedSum > total)
        {
            return result;
        }

        var cents = (long)Math.Floor((total - fixedSum) * 100);
        var each = cents / free.Count;
        var extra = cents % free.Count;
        for (var k = 0; k < free.Count; k++)
        {
            result[free[k]] = (each + (k < extra ? 1 : 0)) / 100m;
        }

        return result;
    }
}
