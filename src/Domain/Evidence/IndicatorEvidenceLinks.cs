using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Evidence;

/// <summary>
/// Every actual indicator value reported at acceptance must point at the evidence behind it (the seed's main complaint
/// was figures with no proof). An evidence id is the blob name of a file of the same project that processing accepted:
/// a pending, rejected or foreign file proves nothing.
/// </summary>
public static class IndicatorEvidenceLinks
{
    /// <summary>
    /// One problem per actual with no evidence, and one per evidence id that is not an accepted file of the project,
    /// in Chinese and English; empty when every actual is backed.
    /// </summary>
    /// <param name="actuals">The reported actuals, in the order sent (problem paths use their index).</param>
    /// <param name="projectEvidence">Every evidence record of the project.</param>
    public static IReadOnlyList<ValidationProblem> Problems(IReadOnlyList<IndicatorActual> actuals, IEnumerable<EvidenceRecord> projectEvidence)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(projectEvidence);
        var byBlob = projectEvidence.ToDictionary(r => r.BlobName, StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < actuals.Count; i++)
        {
            var actual = actuals[i];
            var name = IndicatorCatalog.Find(actual.IndicatorCode)?.Name.Zh ?? actual.IndicatorCode;
            if (actual.EvidenceIds is not { Count: > 0 })
            {
                problems.Add(ValidationProblem.Of($"actuals[{i}].evidenceIds", "evidence-required",
                    $"指标“{name}”的实际完成值须关联佐证材料", $"the actual value of {actual.IndicatorCode} must link to its evidence"));
                continue;
            }

            foreach (var id in actual.EvidenceIds.Distinct(StringComparer.Ordinal))
            {
                var problem = byBlob.TryGetValue(id, out var record)
                    ? record.Status == EvidenceStatus.Accepted ? null : $"尚未通过处理（{record.Status}）"
                    : "不是本项目的佐证材料";
                if (problem is not null)
                {
                    problems.Add(ValidationProblem.Of($"actuals[{i}].evidenceIds", "evidence-not-accepted",
                        $"指标“{name}”引用的佐证材料 {id} {problem}",
                        $"evidence {id} cited for {actual.IndicatorCode} is not an accepted file of this project"));
                }
            }
        }

        return problems;
    }
}
