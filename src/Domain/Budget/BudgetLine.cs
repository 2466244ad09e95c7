namespace XjKeji.Domain.Budget;

/// <summary>One line of a project budget: an expense category and how much of it is fiscal and self-raised, in CNY.</summary>
/// <param name="Category">The expense category.</param>
/// <param name="FiscalCny">Fiscal funding (财政拨款) for the line.</param>
/// <param name="SelfRaisedCny">Self-raised or leveraged funding (自筹) for the line.</param>
public sealed record BudgetLine(ExpenseCategory Category, decimal FiscalCny, decimal SelfRaisedCny)
{
    /// <summary>Fiscal plus self-raised.</summary>
    public decimal TotalCny => FiscalCny + SelfRaisedCny;
}
