using XjKeji.Domain.Indicators;

namespace XjKeji.Domain.Projects;

/// <summary>
/// Everything a <see cref="Project"/> holds, as plain data for storage adapters. The audit trail is not part of it: it is
/// stored append-only beside the project, and <see cref="AuditSequence"/> says how long it is.
/// </summary>
/// <param name="Id">Project id.</param>
/// <param name="CallId">The call applied to.</param>
/// <param name="ProgramYear">Program year of the call.</param>
/// <param name="Form">The application.</param>
/// <param name="Stage">Current stage.</param>
/// <param name="CreatedAt">When the draft was created.</param>
/// <param name="SubmittedAt">When first submitted.</param>
/// <param name="PublicityEndsOn">Last day of the publicity period.</param>
/// <param name="ApprovedOn">Approval date (Beijing).</param>
/// <param name="ApprovedFiscalCny">Fiscal funding approved (may differ from the request).</param>
/// <param name="ContractSignedOn">Contract signature date (Beijing).</param>
/// <param name="ExtendedByMonths">Months of extension granted.</param>
/// <param name="ExtensionsGranted">Number of extensions granted.</param>
/// <param name="PendingExtension">An extension request awaiting the officer.</param>
/// <param name="Objections">Objections filed during publicity.</param>
/// <param name="Actuals">Actual indicator values reported at acceptance.</param>
/// <param name="TerminationCause">Why the project was terminated, if it was.</param>
/// <param name="IsCarriedOver">True when imported mid-lifecycle from an earlier year (结转).</param>
/// <param name="AuditSequence">Number of audit entries recorded so far.</param>
/// <param name="StageEnteredAt">When the current stage was entered.</param>
/// <param name="StageEnteredAtSequence">The audit sequence of the transition that entered the current stage (0 for a draft); names the stage's workflow instance.</param>
/// <param name="MidTermPassed">True once the mid-term inspection has been passed, so it is not started again.</param>
public sealed record ProjectSnapshot(
    string Id,
    string CallId,
    int ProgramYear,
    ApplicationForm Form,
    ProjectStage Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateOnly? PublicityEndsOn,
    DateOnly? ApprovedOn,
    decimal? ApprovedFiscalCny,
    DateOnly? ContractSignedOn,
    int ExtendedByMonths,
    int ExtensionsGranted,
    ExtensionRequest? PendingExtension,
    IReadOnlyList<Objection> Objections,
    IReadOnlyList<IndicatorActual> Actuals,
    TerminationCause? TerminationCause,
    bool IsCarriedOver,
    int AuditSequence,
    DateTimeOffset StageEnteredAt,
    int StageEnteredAtSequence,
    bool MidTermPassed);
