using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Projects.Import;

/// <summary>
/// One project approved in an earlier program year, as read from a carried-over import file (结转项目): enough to place it
/// mid-lifecycle and to count its funds in this year's report.
/// </summary>
/// <param name="Row">The file row it came from (header = 1).</param>
/// <param name="Id">Project id, kept from the earlier system so credit and evidence records line up.</param>
/// <param name="Title">Project title.</param>
/// <param name="Category">Program category.</param>
/// <param name="ProgramYear">The program year of the call it was approved under.</param>
/// <param name="Institution">The lead institution (承担单位).</param>
/// <param name="PrincipalInvestigator">The PI (项目负责人).</param>
/// <param name="Stage">Where the project stands: <see cref="CarriedOverCsvImport.ImportableStages"/>.</param>
/// <param name="ApprovedOn">Approval date (立项日期).</param>
/// <param name="ContractSignedOn">Contract signature date; null only for a project still in <see cref="ProjectStage.Contract"/>.</param>
/// <param name="ExecutionStartsOn">First day of execution.</param>
/// <param name="ExecutionEndsOn">Last day of execution.</param>
/// <param name="ApprovedFiscalCny">Approved fiscal funding, CNY.</param>
/// <param name="SelfRaisedCny">Self-raised funding, CNY.</param>
/// <param name="Disbursements">Fiscal funding per program year (年度拨款), summing to at most the approved amount.</param>
/// <param name="Targets">The contract's performance targets (may be empty for projects approved before targets were recorded).</param>
/// <param name="MidTermPassed">True when the mid-term inspection was already passed.</param>
public sealed record CarriedOverProject(
    int Row,
    string Id,
    string Title,
    CategoryCode Category,
    int ProgramYear,
    Institution Institution,
    PrincipalInvestigator PrincipalInvestigator,
    ProjectStage Stage,
    DateOnly ApprovedOn,
    DateOnly? ContractSignedOn,
    DateOnly ExecutionStartsOn,
    DateOnly ExecutionEndsOn,
    decimal ApprovedFiscalCny,
    decimal SelfRaisedCny,
    IReadOnlyList<Budget.FiscalDisbursement> Disbursements,
    IReadOnlyList<IndicatorTarget> Targets,
    bool MidTermPassed)
{
    /// <summary>The program of the category.</summary>
    public ProgramCode Program => ProgramCatalog.Category(Category).Program;

    /// <summary>The call id recorded on imported projects: no call of the earlier year needs to exist here.</summary>
    public string CallId => $"{ProgramYear}-{Program}-carried-over";
}
