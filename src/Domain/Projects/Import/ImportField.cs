namespace XjKeji.Domain.Projects.Import;

/// <summary>The columns of a carried-over import file.</summary>
internal enum ImportField
{
    Id,
    Title,
    Category,
    ProgramYear,
    InstitutionId,
    InstitutionName,
    PiId,
    PiName,
    PiEmail,
    Stage,
    ApprovedOn,
    ContractSignedOn,
    ExecutionStartsOn,
    ExecutionEndsOn,
    ApprovedFiscal,
    SelfRaised,
    Disbursements,
    Targets,
    MidTermPassed,
}

/// <summary>A column: its field, Chinese and English header, and whether the header must be present.</summary>
internal sealed record ImportColumn(ImportField Field, string Zh, string En, bool Required);
