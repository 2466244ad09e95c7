using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// The fiscal budget of one program for the year as finance set it: 年初预算数 (the budget at the start of the year) and
/// 全年预算数 (after in-year adjustments). What was arranged to projects and executed comes from the projects.
/// </summary>
/// <param name="Program">The program.</param>
/// <param name="InitialCny">年初预算数, CNY.</param>
/// <param name="FullYearCny">全年预算数, CNY.</param>
public sealed record ProgramBudget(ProgramCode Program, decimal InitialCny, decimal FullYearCny);
