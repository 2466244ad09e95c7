using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>Builds the budget block: 年初预算数, 全年预算数 and 全年执行数 per program, category and new or carried-over projects.</summary>
internal static class FundsCalculator
{
    public static FundsBlock Compute(
        IReadOnlyList<ProgramCode> programs, IReadOnlyList<ReportProject> funded, IReadOnlyList<ProgramBudget> budgets, SelfEvaluationSettings settings, ValidationResult problems)
    {
        var lines = new List<FundLine>();
        var programLines = new List<FundLine>();
        foreach (var program in programs)
        {
            var mine = funded.Where(p => p.Program == program).ToList();
            var budget = budgets.FirstOrDefault(b => b.Program == program);
            var arranged = mine.Sum(p => p.FiscalAllocatedCny);
            if (budget is null)
            {
                // Without finance's figures the arranged money is the best known budget, but 年初预算数 is then a guess.
                problems.Add($"budgets[{program}]", "program-budget-missing",
                    $"缺少{ProgramCatalog.ProgramName(program).Zh}的年初预算数和全年预算数，暂以项目安排数代替",
                    $"The initial and full-year budget of {ProgramCatalog.ProgramName(program).En} are missing; the money arranged to projects is used instead");
            }

            var programLine = Line(FundLineKind.Program, ProgramCatalog.ProgramName(program), program, null, mine,
                budget?.InitialCny ?? arranged, budget?.FullYearCny ?? arranged);
            programLines.Add(programLine);
            lines.Add(programLine);
            foreach (var category in ProgramCatalog.CategoriesOf(program))
            {
                var ofCategory = mine.Where(p => p.Category == category.Code).ToList();
                if (ofCategory.Count > 0)
                {
                    lines.Add(Line(FundLineKind.Category, category.Name, program, category.Code, ofCategory, null, ofCategory.Sum(p => p.FiscalAllocatedCny)));
                }
            }

            var carried = mine.Where(p => p.IsCarriedOver).ToList();
            var fresh = mine.Where(p => !p.IsCarriedOver).ToList();
            lines.Add(Line(FundLineKind.CarriedOverProjects, new("上年结转项目", "Projects carried over"), program, null, carried, null, carried.Sum(p => p.FiscalAllocatedCny)));
            lines.Add(Line(FundLineKind.NewProjects, new("本年新上项目", "New projects of the year"), program, null, fresh, null, fresh.Sum(p => p.FiscalAllocatedCny)));
        }

        var total = new FundLine(
            FundLineKind.Total, new("年度资金总额", "Total funds of the year"), programs.Count == 1 ? programs[0] : null, null,
            programLines.Sum(l => l.ProjectCount), programLines.Sum(l => l.InitialBudgetCny ?? 0), programLines.Sum(l => l.FullYearBudgetCny),
            programLines.Sum(l => l.ExecutedCny), programLines.Sum(l => l.SelfRaisedCny), programLines.Sum(l => l.LeveragedCny));
        var rate = total.ExecutionRate ?? 0;
        var score = ReportNumbers.Points(settings.BudgetExecutionPoints * Math.Min(rate, 1m));
        var newOnes = funded.Where(p => !p.IsCarriedOver && programs.Contains(p.Program)).ToList();
        var investment = new NewProjectInvestment(newOnes.Count, newOnes.Sum(p => p.FiscalApprovedTotalCny), newOnes.Sum(p => p.SelfRaisedCny), newOnes.Sum(p => p.LeveragedCny));
        return new FundsBlock(total, lines, settings.BudgetExecutionPoints, score, investment);
    }

    private static FundLine Line(FundLineKind kind, BilingualText label, ProgramCode program, CategoryCode? category, IReadOnlyList<ReportProject> projects, decimal? initial, decimal fullYear) =>
        new(kind, label, program, category, projects.Count, initial, fullYear,
            projects.Sum(p => p.FiscalExecutedCny), projects.Sum(p => p.SelfRaisedCny), projects.Sum(p => p.LeveragedCny));
}
