namespace XjKeji.Domain.Budget;

/// <summary>
/// A project's budget: the lines per expense category (fiscal and self-raised), and the schedule on which the fiscal part
/// is paid per program year. Validated by <see cref="BudgetValidator"/>.
/// </summary>
/// <param name="Lines">The budget lines, one per expense category.</param>
/// <param name="Disbursements">Fiscal payments per program year; their sum equals <see cref="FiscalTotalCny"/>.</param>
public sealed record ProjectBudget(IReadOnlyList<BudgetLine> Lines, IReadOnlyList<FiscalDisbursement> Disbursements)
{
    /// <summary>Total fiscal funding over the whole project.</summary>
    public decimal FiscalTotalCny => Lines.Sum(l => l.FiscalCny);

    /// <summary>Total self-raised funding over the whole project.</summary>
    public decimal SelfRaisedTotalCny => Lines.Sum(l => l.SelfRaisedCny);

    /// <summary>Total planned investment (计划总投资): fiscal plus self-raised.</summary>
    public decimal TotalCny => FiscalTotalCny + SelfRaisedTotalCny;

    /// <summary>Fiscal money paid to the project in one program year.</summary>
    public decimal FiscalInYear(int programYear) => Disbursements.Where(d => d.ProgramYear == programYear).Sum(d => d.FiscalCny);
}
