using XjKeji.Domain.Credit;

namespace XjKeji.Domain.Ports;

/// <summary>
/// Misconduct findings (《科学技术活动违规行为处理规定》) recorded by officers: kept apart from credit events because a
/// finding is not points but a ban, and it applies to people, institutions and review experts alike.
/// </summary>
public interface IMisconductRegistry
{
    /// <summary>Records a finding (its id is unique; recording it again changes nothing).</summary>
    Task RecordAsync(MisconductFinding finding, CancellationToken cancellationToken = default);

    /// <summary>The findings about one person or institution.</summary>
    Task<IReadOnlyList<MisconductFinding>> ListAsync(CreditSubjectKind subjectKind, string subjectId, CancellationToken cancellationToken = default);

    /// <summary>Every finding, for checks over many subjects at once (e.g. an expert pool).</summary>
    Task<IReadOnlyList<MisconductFinding>> ListAllAsync(CancellationToken cancellationToken = default);
}
