using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// One project as the year-end self-evaluation sees it: the recorded facts of one program year, not the whole aggregate.
/// Amounts are CNY; indicator values are in the catalog indicator's unit.
/// </summary>
/// <param name="Id">Project id.</param>
/// <param name="Category">The funding category (decides the program).</param>
/// <param name="IsCarriedOver">True for a project started in an earlier year (上年结转); false for a new project of this year (新上).</param>
/// <param name="Stage">Lifecycle stage at year end; only funded stages take part in the report.</param>
/// <param name="FiscalAllocatedCny">Fiscal funds arranged for the project in this program year (本年度安排财政拨款).</param>
/// <param name="FiscalExecutedCny">Fiscal funds actually disbursed to the project in this program year (执行数).</param>
/// <param name="FiscalApprovedTotalCny">Fiscal funding approved over the whole project (立项财政拨款总额), paid in tranches.</param>
/// <param name="SelfRaisedCny">Self-raised funds of the institution (自筹资金) over the whole project.</param>
/// <param name="LeveragedCny">Social capital the project brought in (带动社会资本投入).</param>
/// <param name="Targets">Indicator targets fixed at approval (预期指标值).</param>
/// <param name="Actuals">Indicator actuals reported for the year, each with its evidence (实际完成值, 佐证材料).</param>
/// <param name="Compliance">Process checks recorded for the project (procedures, publicity periods, fund use).</param>
public sealed record ReportProject(
    string Id,
    CategoryCode Category,
    bool IsCarriedOver,
    ProjectStage Stage,
    decimal FiscalAllocatedCny,
    decimal FiscalExecutedCny,
    decimal FiscalApprovedTotalCny,
    decimal SelfRaisedCny,
    decimal LeveragedCny,
    IReadOnlyList<IndicatorTarget> Targets,
    IReadOnlyList<IndicatorActual> Actuals,
    IReadOnlyList<ComplianceCheck> Compliance)
{
    /// <summary>The program of the category.</summary>
    public ProgramCode Program => ProgramCatalog.Category(Category).Program;

    /// <summary>
    /// True once the project was approved (立项): contract signing onwards, including the terminal outcomes after
    /// approval. Drafts, applications under review and rejected or withdrawn ones never received money, so they are left out.
    /// </summary>
    public bool IsFunded => IsFundedStage(Stage);

    /// <summary>True for the stages of <see cref="IsFunded"/>: contract signing onwards, terminal outcomes after approval included.</summary>
    /// <param name="stage">A lifecycle stage.</param>
    public static bool IsFundedStage(ProjectStage stage) => stage is ProjectStage.Contract or ProjectStage.Execution or ProjectStage.MidTermInspection
        or ProjectStage.MidTermReview or ProjectStage.AcceptanceDue or ProjectStage.AcceptanceReview or ProjectStage.Closed
        or ProjectStage.AcceptanceFailed or ProjectStage.Terminated;

    /// <summary>
    /// Builds the report view of a stored project for <paramref name="programYear"/>. The snapshot knows the plan (budget,
    /// targets, actuals); what was disbursed and what was leveraged come from finance records, so they are passed in.
    /// </summary>
    /// <param name="snapshot">The stored project.</param>
    /// <param name="programYear">The year being evaluated.</param>
    /// <param name="fiscalExecutedCny">Fiscal money disbursed to the project in the year.</param>
    /// <param name="compliance">Process checks recorded for the project.</param>
    /// <param name="leveragedCny">Social capital brought in, when the program reports it (SCO: 带动社会资本投入).</param>
    public static ReportProject FromSnapshot(
        ProjectSnapshot snapshot, int programYear, decimal fiscalExecutedCny, IReadOnlyList<ComplianceCheck> compliance, decimal leveragedCny = 0)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(compliance);

        // The same view the report builds from its read model (which project is carried over, what the year's tranche
        // is), with disbursement and leverage as given instead of derived.
        return ReportFacts.Of(snapshot).ToReportProject(programYear, compliance) with { FiscalExecutedCny = fiscalExecutedCny, LeveragedCny = leveragedCny };
    }
}
