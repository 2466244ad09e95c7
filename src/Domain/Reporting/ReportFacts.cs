using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// What the year-end report needs of one stored project, small enough to keep beside it as a read model so that a year's
/// report reads its projects in a few queries instead of loading each one: the plan (category, budget tranches, targets),
/// where it stands (stage, contract), and its actuals. Built from the project's snapshot; files and deadline records come
/// from their own stores.
/// </summary>
/// <param name="ProjectId">Project id.</param>
/// <param name="ProgramYear">Program year of the project's call.</param>
/// <param name="Category">Funding category (decides the program).</param>
/// <param name="InstitutionId">Lead institution, whose credit record holds the project's deadline events.</param>
/// <param name="Stage">Current stage.</param>
/// <param name="IsCarriedOver">True when imported mid-lifecycle from an earlier year (结转).</param>
/// <param name="ContractSigned">True once the contract is signed, from when the year's tranche is paid out.</param>
/// <param name="ApprovedFiscalCny">Fiscal funding approved, when approved.</param>
/// <param name="FiscalTotalCny">Fiscal funding of the budget (requested).</param>
/// <param name="SelfRaisedCny">Self-raised funds of the budget.</param>
/// <param name="Disbursements">Fiscal tranches by program year.</param>
/// <param name="Targets">Indicator targets.</param>
/// <param name="Actuals">Indicator actuals reported at acceptance.</param>
/// <param name="AuditSequence">Audit length of the state these facts describe; a newer state replaces an older one, never the reverse.</param>
public sealed record ReportFacts(
    string ProjectId,
    int ProgramYear,
    CategoryCode Category,
    string InstitutionId,
    ProjectStage Stage,
    bool IsCarriedOver,
    bool ContractSigned,
    decimal? ApprovedFiscalCny,
    decimal FiscalTotalCny,
    decimal SelfRaisedCny,
    IReadOnlyList<FiscalDisbursement> Disbursements,
    IReadOnlyList<IndicatorTarget> Targets,
    IReadOnlyList<IndicatorActual> Actuals,
    int AuditSequence)
{
    /// <summary>The program of the category.</summary>
    public ProgramCode Program => ProgramCatalog.Category(Category).Program;

    /// <summary>
    /// Whether a project can ever count in a report: once approved (or placed in a funded stage) it does, in any stage
    /// after, a withdrawal from contract signing included. Before approval it does not, so the read model needs no
    /// write for the many steps that precede approval.
    /// </summary>
    /// <param name="snapshot">The stored project.</param>
    public static bool Concerns(ProjectSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.ApprovedOn is not null || ReportProject.IsFundedStage(snapshot.Stage);
    }

    /// <summary>The facts of a stored project.</summary>
    /// <param name="snapshot">The stored project.</param>
    public static ReportFacts Of(ProjectSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var budget = snapshot.Form.Budget;
        return new ReportFacts(snapshot.Id, snapshot.ProgramYear, snapshot.Form.Category, snapshot.Form.Institution.Id, snapshot.Stage, snapshot.IsCarriedOver,
            snapshot.ContractSignedOn is not null, snapshot.ApprovedFiscalCny, budget.FiscalTotalCny, budget.SelfRaisedTotalCny, budget.Disbursements,
            snapshot.Form.Targets, snapshot.Actuals, snapshot.AuditSequence);
    }

    /// <summary>Fiscal funds arranged for the project in <paramref name="programYear"/>.</summary>
    /// <param name="programYear">A program year.</param>
    public decimal FiscalInYear(int programYear)
    {
        // By index: a report asks this of every project of six years as it reads them, and LINQ would allocate each time.
        var sum = 0m;
        for (var i = 0; i < Disbursements.Count; i++)
        {
            if (Disbursements[i].ProgramYear == programYear)
            {
                sum += Disbursements[i].FiscalCny;
            }
        }

        return sum;
    }

    /// <summary>
    /// The last year whose report counts the project (<see cref="CountsIn"/> is false for every later year): its program
    /// year or the last year with money in it. The read model keeps the greatest of these per bucket row, so a report
    /// can pass over an earlier program year whose projects were all paid off before it.
    /// </summary>
    public int LastYearCounted =>
        Disbursements.GroupBy(d => d.ProgramYear).Where(y => y.Sum(d => d.FiscalCny) > 0).Select(y => y.Key).Append(ProgramYear).Max();

    /// <summary>Whether the report of <paramref name="programYear"/> counts the project: new that year, or with money in it.</summary>
    /// <param name="programYear">The year being evaluated.</param>
    public bool CountsIn(int programYear) => ProgramYear == programYear || FiscalInYear(programYear) > 0;

    /// <summary>
    /// The report's view of the project for <paramref name="programYear"/> (<see cref="ReportProject.FromSnapshot"/> builds on
    /// it): a project is carried over when imported or of an earlier program year; the year's tranche counts as executed once the
    /// contract is signed (拨付; a carried-over project's always), and an SCO project's self-raised funds are the social
    /// capital it brought in.
    /// </summary>
    /// <param name="programYear">The year being evaluated.</param>
    /// <param name="compliance">The project's process checks.</param>
    public ReportProject ToReportProject(int programYear, IReadOnlyList<ComplianceCheck> compliance)
    {
        ArgumentNullException.ThrowIfNull(compliance);
        var inYear = FiscalInYear(programYear);
        return new ReportProject(
            ProjectId,
            Category,
            IsCarriedOver || ProgramYear < programYear,
            Stage,
            inYear,
            !ContractSigned && !IsCarriedOver ? 0m : inYear,
            ApprovedFiscalCny ?? FiscalTotalCny,
            SelfRaisedCny,
            Program == ProgramCode.ScoPartnership ? SelfRaisedCny : 0m,
            Targets,
            Actuals,
            compliance);
    }
}
