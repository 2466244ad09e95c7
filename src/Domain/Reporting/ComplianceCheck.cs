namespace XjKeji.Domain.Reporting;

/// <summary>
/// The outcome of one process rule for one project, for indicators whose source is
/// <see cref="Indicators.IndicatorSource.ProcessCompliance"/> (e.g. publicity period kept, procedures followed).
/// </summary>
/// <param name="IndicatorCode">The catalog indicator the check feeds.</param>
/// <param name="Met">True when the project's recorded workflow met the rule.</param>
/// <param name="EvidenceIds">Evidence behind the finding (audit entries, publicity notices, …).</param>
public sealed record ComplianceCheck(string IndicatorCode, bool Met, IReadOnlyList<string> EvidenceIds);
