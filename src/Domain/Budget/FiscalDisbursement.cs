namespace XjKeji.Domain.Budget;

/// <summary>
/// The part of a project's fiscal funding paid in one program year. A project's approved fiscal total is usually paid in
/// tranches: the 111 new AidXinjiang projects of 2018 had 38,300k approved but 20,500k paid that year, and the year-end
/// report counts what was paid in the year.
/// </summary>
/// <param name="ProgramYear">The program (fiscal) year.</param>
/// <param name="FiscalCny">Fiscal CNY paid in that year.</param>
public sealed record FiscalDisbursement(int ProgramYear, decimal FiscalCny);
