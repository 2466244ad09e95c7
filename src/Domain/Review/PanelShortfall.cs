using XjKeji.Domain.Common;

namespace XjKeji.Domain.Review;

/// <summary>
/// Not enough eligible experts for an application: how many were needed, how many could be assigned, and why the others
/// were excluded, so the officer knows whether to recruit, ask experts back from leave, or shrink the panel.
/// </summary>
/// <param name="ProjectId">The application.</param>
/// <param name="Required">Panel size required.</param>
/// <param name="Assigned">Experts assigned.</param>
/// <param name="ExcludedBy">Experts of the pool excluded, counted once per kind of reason (an expert may count under several).</param>
/// <param name="Message">The explanation, Chinese and English.</param>
public sealed record PanelShortfall(string ProjectId, int Required, int Assigned, IReadOnlyDictionary<ExclusionKind, int> ExcludedBy, BilingualText Message)
{
    /// <summary>Experts still missing.</summary>
    public int Missing => Required - Assigned;

    internal static PanelShortfall Create(string projectId, int required, int assigned, IEnumerable<IReadOnlyList<ExclusionReason>> exclusions)
    {
        var counts = exclusions.SelectMany(r => r.Select(x => x.Kind).Distinct()).GroupBy(k => k).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        var zh = string.Join("，", counts.Select(c => $"{Names[c.Key].Zh}{c.Value}名"));
        var en = string.Join(", ", counts.Select(c => $"{c.Value} {Names[c.Key].En}"));
        return new PanelShortfall(projectId, required, assigned, counts, new(
            $"项目{projectId}需要{required}名评审专家，只能安排{assigned}名，尚缺{required - assigned}名" + (zh.Length > 0 ? $"（已排除：{zh}）" : string.Empty),
            $"Project {projectId} needs {required} reviewers but only {assigned} could be assigned; {required - assigned} missing" + (en.Length > 0 ? $" (excluded: {en})" : string.Empty)));
    }

    private static readonly Dictionary<ExclusionKind, BilingualText> Names = new()
    {
        [ExclusionKind.Unavailable] = new("不可用", "unavailable"),
        [ExclusionKind.NoReviewerStatus] = new("无评审资格", "without reviewer status"),
        [ExclusionKind.SameInstitution] = new("同单位", "same institution"),
        [ExclusionKind.TeamMember] = new("项目组成员", "team member"),
        [ExclusionKind.CoAppliedBefore] = new("曾共同申报", "co-applied before"),
        [ExclusionKind.DeclaredProject] = new("申报回避本项目", "declared this project"),
        [ExclusionKind.DeclaredPerson] = new("申报回避相关人员", "declared a person"),
        [ExclusionKind.AlreadyOnPanel] = new("已在本组", "already on the panel"),
        [ExclusionKind.Declined] = new("已谢绝", "declined"),
    };
}
