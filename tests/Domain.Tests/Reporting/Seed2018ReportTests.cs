using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>Computing the report from data equivalent to 2018 reproduces the seed's published 自评表.</summary>
public class Seed2018ReportTests
{
    private static readonly SelfEvaluationInput Input = Seed2018Inputs.Build();

    private static SelfEvaluationReport Fund() => new SelfEvaluationCalculator().Compute(Input);

    [Fact]
    public void Every_indicator_row_reproduces_the_seed_table()
    {
        var report = Fund();
        Assert.Equal(SeedTable2018.Rows.Select(r => r.Code), report.Rows.Select(r => r.Indicator.Code));
        foreach (var (code, target, actual) in SeedTable2018.Rows)
        {
            var row = report.Rows.Single(r => r.Indicator.Code == code);
            var unit = row.Indicator.Unit;
            Assert.Equal((code, target.Format(unit), actual.Format(unit)), (code, row.TargetText, row.ActualText));
            Assert.Equal((code, target.Number, actual.Number), (code, row.Target!.Number, row.Actual!.Number));
        }
    }

    [Fact]
    public void Fund_figures_are_the_seeds_in_wan_yuan()
    {
        var f = Fund().Funds;
        Assert.Equal(("5000.00", "5000.00", "5000.00"), (W(f.Total.InitialBudgetCny!.Value), W(f.Total.FullYearBudgetCny), W(f.Total.ExecutedCny)));
        Assert.Equal(1m, f.Total.ExecutionRate);
        Assert.Equal(257 + 14 + Seed2018Inputs.ScoCarriedOverCount, f.Total.ProjectCount);

        // AidXinjiang: 257 projects, 4000万: 146 carried over with 1950万, 111 new with 2050万.
        Assert.Equal((257, "4000.00"), Of(f, FundLineKind.Program, ProgramCode.AidXinjiang));
        Assert.Equal((146, "1950.00"), Of(f, FundLineKind.CarriedOverProjects, ProgramCode.AidXinjiang));
        Assert.Equal((111, "2050.00"), Of(f, FundLineKind.NewProjects, ProgramCode.AidXinjiang));

        // SCO: 1000万: carried over 441万, 14 new with 559万; 带动社会资本投入 2754.5万.
        Assert.Equal((14 + Seed2018Inputs.ScoCarriedOverCount, "1000.00"), Of(f, FundLineKind.Program, ProgramCode.ScoPartnership));
        Assert.Equal((Seed2018Inputs.ScoCarriedOverCount, "441.00"), Of(f, FundLineKind.CarriedOverProjects, ProgramCode.ScoPartnership));
        Assert.Equal((14, "559.00"), Of(f, FundLineKind.NewProjects, ProgramCode.ScoPartnership));
        Assert.Equal("2754.50", W(f.Total.LeveragedCny));
        Assert.Equal(4, f.Lines.Single(l => l.Category == CategoryCode.ScoKey).ProjectCount);
        Assert.Equal(10 + Seed2018Inputs.ScoCarriedOverCount, f.Lines.Single(l => l.Category == CategoryCode.ScoGeneral).ProjectCount);
    }

    [Fact]
    public void New_aid_projects_plan_the_seeds_total_investment()
    {
        // 2018年新上项目计划总投资10973.95万元，其中自治区财政科技拨款3830万元，项目承担单位自筹资金7143.95万元。
        var n = new SelfEvaluationCalculator().Compute(Input, ProgramCode.AidXinjiang).Funds.NewProjects;
        Assert.Equal((111, "3830.00", "7143.95", "10973.95"), (n.ProjectCount, W(n.FiscalApprovedCny), W(n.SelfRaisedCny), W(n.TotalCny)));
    }

    [Fact]
    public void Score_is_the_hand_computation()
    {
        var r = Fund();

        // Budget: 5000 of 5000 executed: 10. Outputs 50: every row met. Effects 30 over economic, social, sustainability
        // (10 each): the qualitative row 中长期 is met at the officer's 85%: 8.50. Satisfaction 10: both met.
        // 10 + 50 + (10 + 10 + 8.50) + 10 = 98.50, 优.
        Assert.Equal(10m, r.Funds.Score);
        Assert.Equal(50m, r.Rows.Where(x => x.Indicator.Level1 == IndicatorLevel1.Output).Sum(x => x.Score));
        Assert.Equal(8.50m, r.Rows.Single(x => x.Indicator.Code == "INNOVATION-IMPACT").Score);
        Assert.Equal(98.50m, r.TotalScore);
        Assert.Equal(100m, r.TotalPoints);
        Assert.Equal(PerformanceGrade.Excellent, r.Grade);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Points_of_the_fourteen_quantity_rows_add_up_to_their_group()
    {
        var r = Fund();

        // 12.50 over 14 rows = 1250 分: 89 each, 4 left over for the first four rows.
        var quantity = r.Rows.Where(x => x.Indicator.Dimension == IndicatorDimension.Quantity).Select(x => x.Points).ToList();
        Assert.Equal([0.90m, 0.90m, 0.90m, 0.90m, .. Enumerable.Repeat(0.89m, 10)], quantity);
        Assert.Equal(6.25m, r.Rows.Single(x => x.Indicator.Code == "AX-FISCAL").Points);
        Assert.Equal(5m, r.Rows.Single(x => x.Indicator.Code == "SCO-SOCIAL").Points);
    }

    [Fact]
    public void Satisfaction_rows_show_their_response_counts()
    {
        var r = Fund();
        Assert.Equal((111, 111), Count(r, "AX-SATISFACTION"));
        Assert.Equal((14, 14), Count(r, "SCO-SATISFACTION"));
    }

    private static (int, int) Count(SelfEvaluationReport r, string code)
    {
        var s = r.Rows.Single(x => x.Indicator.Code == code).Survey!;
        return (s.Responses, s.Satisfied);
    }

    private static (int, string) Of(FundsBlock f, FundLineKind kind, ProgramCode program)
    {
        var line = f.Lines.Single(l => l.Kind == kind && l.Program == program);
        return (line.ProjectCount, W(line.FullYearBudgetCny));
    }

    private static string W(decimal cny) => Cny.FormatWanYuan(cny);
}
