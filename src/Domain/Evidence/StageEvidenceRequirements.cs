using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Evidence;

/// <summary>
/// The evidence each stage requires before the applicant's response (or the officer's decision) in that stage is
/// accepted: no mid-term report, no mid-term submission. Any accepted file of the kind counts, whichever stage it was
/// uploaded in, so a report returned for correction and then resubmitted need not be uploaded twice.
/// </summary>
public sealed class StageEvidenceRequirements
{
    private readonly Dictionary<ProjectStage, IReadOnlyList<EvidenceKind>> _required;

    /// <summary>Creates requirements from the kinds required per stage; stages not listed require nothing.</summary>
    public StageEvidenceRequirements(IReadOnlyDictionary<ProjectStage, IReadOnlyList<EvidenceKind>> required)
    {
        ArgumentNullException.ThrowIfNull(required);
        _required = required.ToDictionary(r => r.Key, r => (IReadOnlyList<EvidenceKind>)[.. r.Value.Distinct()]);
    }

    /// <summary>The department's defaults.</summary>
    public static StageEvidenceRequirements Default { get; } = new(new Dictionary<ProjectStage, IReadOnlyList<EvidenceKind>>
    {
        [ProjectStage.Contract] = [EvidenceKind.SignedContract],
        [ProjectStage.MidTermInspection] = [EvidenceKind.MidTermReport],
        [ProjectStage.AcceptanceDue] = [EvidenceKind.AcceptanceReport, EvidenceKind.FinancialAudit],
        [ProjectStage.AcceptanceReview] = [EvidenceKind.AcceptanceReport, EvidenceKind.FinancialAudit],
    });

    /// <summary>The kinds a stage requires, in the order configured.</summary>
    public IReadOnlyList<EvidenceKind> Required(ProjectStage stage) => _required.GetValueOrDefault(stage) ?? [];

    /// <summary>A copy with the requirement of one stage replaced (configuration overrides).</summary>
    public StageEvidenceRequirements With(ProjectStage stage, IReadOnlyList<EvidenceKind> kinds)
    {
        var copy = new Dictionary<ProjectStage, IReadOnlyList<EvidenceKind>>(_required) { [stage] = kinds };
        return new StageEvidenceRequirements(copy);
    }

    /// <summary>
    /// One problem per required kind with no accepted file among <paramref name="recorded"/> (the project's evidence),
    /// in Chinese and English; empty when nothing is missing. Pending and rejected files do not count.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Missing(ProjectStage stage, IEnumerable<EvidenceRecord> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var have = recorded.Where(r => r.Status == EvidenceStatus.Accepted).Select(r => r.Kind).ToHashSet();
        var stageName = StageNames.Of(stage);
        return [.. Required(stage).Where(k => !have.Contains(k)).Select(k =>
        {
            var kind = EvidenceKindNames.Of(k);
            return ValidationProblem.Of($"evidence.{k}", "missing-evidence",
                $"“{stageName.Zh}”阶段须上传{kind.Zh}", $"The {stageName.En} stage requires the {kind.En.ToLowerInvariant()}");
        })];
    }
}
