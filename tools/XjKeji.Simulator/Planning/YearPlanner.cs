using System.Globalization;
using System.Text;
using XjKeji.Domain.Budget;
using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Projects.Import;
using XjKeji.Domain.Reporting;
using XjKeji.Simulator.Spec;

namespace XjKeji.Simulator.Planning;

/// <summary>Lays out a spec's year: deterministic for a given spec, random choices drawn from its seed.</summary>
public static class YearPlanner
{
    /// <summary>Plans the year of a validated spec.</summary>
    public static YearPlan Plan(ProgramYearSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var random = new Random(spec.Seed);
        var calls = new List<AnnualCall>();
        var applications = new List<PlannedApplication>();
        foreach (var c in spec.Calls)
        {
            var call = CallOf(spec.ProgramYear, c);
            calls.Add(call);
            applications.AddRange(PlanCall(spec, c, call, random));
        }

        var csv = CarriedOverCsv(spec);
        return new YearPlan(calls, applications, csv.Rows == 0 ? null : csv.Text, csv.Rows);
    }

    private static AnnualCall CallOf(int year, CallSpec c) => new(
        $"{year}-{c.Program}-sim", year, c.Program,
        new BilingualText($"{year}年{ProgramCatalog.ProgramName(c.Program).Zh}申报指南（模拟）", $"{year} {ProgramCatalog.ProgramName(c.Program).En} call (simulated)"),
        c.OpensOn, c.ClosesOn, BudgetCategorySetCode.Set2018,
        [.. c.Categories.Select(k => new CategoryEnvelope(k.Category, k.FiscalCny))]);

    private static List<PlannedApplication> PlanCall(ProgramYearSpec spec, CallSpec c, AnnualCall call, Random random)
    {
        // Funded applications first, category by category, so targets spread over them in a stable order.
        var funded = new List<(CategorySpec Category, decimal Fiscal, decimal ThisYear, decimal SelfRaised)>();
        foreach (var k in c.Categories)
        {
            var fiscal = Split.Evenly(k.FiscalCny, k.Funded);
            var thisYear = Split.Evenly(k.ThisYearFiscalCny, k.Funded);
            var self = Split.Evenly(k.SelfRaisedCny, k.Funded);
            funded.AddRange(Enumerable.Range(0, k.Funded).Select(i => (k, fiscal[i], thisYear[i], self[i])));
        }

        var n = funded.Count;
        var targets = c.Targets.ToDictionary(t => t.Key, t => Split.Evenly(t.Value.Total, n));
        var objected = Pick(random, n, Split.Count(spec.Objections.Rate, n));
        var upheld = objected.OrderBy(i => i).Take(Split.Count(spec.Objections.UpheldShare, objected.Count)).ToHashSet();

        // Lateness, achievement and survey answers are drawn among the approved ones (funded, no upheld objection), so
        // a spec's rates apply to the projects the report counts.
        var approved = Enumerable.Range(0, n).Where(i => !upheld.Contains(i)).ToList();
        var late = Pick(random, approved.Count, Split.Count(spec.LateAcceptanceRate, approved.Count)).Select(i => approved[i]).ToHashSet();
        var approvedBands = Split.Bands([.. spec.Achievement.Select(a => a.Share)], approved.Count, random);
        var bands = new int[n];
        for (var j = 0; j < approved.Count; j++)
        {
            bands[approved[j]] = approvedBands[j];
        }

        var survey = spec.Survey.FirstOrDefault(s => s.Program == c.Program);
        var answering = survey is null ? [] : Pick(random, approved.Count, Split.Count(survey.ResponseRate, approved.Count)).Select(i => approved[i]).Order().ToList();
        var satisfied = survey is null ? [] : answering.Take(Split.Count(survey.SatisfiedRate, answering.Count)).ToHashSet();

        var result = new List<PlannedApplication>();
        for (var i = 0; i < n; i++)
        {
            var (k, fiscal, thisYear, self) = funded[i];
            var projectTargets = c.Targets.Select(t => new IndicatorTarget(t.Key, t.Value.AtLeast ? IndicatorValue.AtLeast(targets[t.Key][i]) : IndicatorValue.Of(targets[t.Key][i]))).ToList();
            var ratio = spec.Achievement[bands[i]].Ratio;
            var actuals = projectTargets.Select(t => t with { Value = t.Value with { Number = Achieved(t.Value.Number!.Value, ratio) } }).ToList();
            var key = $"{c.Program}-{i + 1:D4}";
            result.Add(new PlannedApplication(key, call, Form(c, k.Category, key, fiscal, thisYear, self, projectTargets, spec.ProgramYear), true,
                !objected.Contains(i) ? ObjectionOutcome.None : upheld.Contains(i) ? ObjectionOutcome.Upheld : ObjectionOutcome.Dismissed,
                late.Contains(i), actuals, answering.Contains(i) ? (survey!.Respondent, satisfied.Contains(i)) : null));
        }

        // Declined applications ask for the category's typical amount and rank last: the envelope is spent before them.
        foreach (var k in c.Categories)
        {
            var typical = ProgramCatalog.Category(k.Category).DefaultFunding.TypicalCny;
            var zeroTargets = c.Targets.Select(t => new IndicatorTarget(t.Key, IndicatorValue.Of(0))).ToList();
            for (var d = 0; d < k.Declined; d++)
            {
                var key = $"{c.Program}-D{result.Count + 1:D4}";
                result.Add(new PlannedApplication(key, call, Form(c, k.Category, key, typical, typical, 0, zeroTargets, spec.ProgramYear), false, ObjectionOutcome.None, false, [], null));
            }
        }

        return result;
    }

    private static decimal Achieved(decimal target, decimal ratio)
    {
        var value = target * ratio;
        return decimal.Truncate(target) == target ? Math.Round(value, 0, MidpointRounding.AwayFromZero) : Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }

    private static HashSet<int> Pick(Random random, int n, int count)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return [.. order.Take(count)];
    }

    private static ApplicationForm Form(CallSpec c, CategoryCode category, string key, decimal fiscal, decimal thisYear, decimal selfRaised, IReadOnlyList<IndicatorTarget> targets, int year)
    {
        // 5% management, well under the indirect-cost cap; the rest materials. The year's tranche first, the rest next year.
        var management = Math.Round(fiscal * 0.05m, 2);
        var disbursements = new List<FiscalDisbursement> { new(year, thisYear) };
        if (fiscal > thisYear)
        {
            disbursements.Add(new FiscalDisbursement(year + 1, fiscal - thisYear));
        }

        var budget = new ProjectBudget([new BudgetLine(ExpenseCategory.Materials, fiscal - management, selfRaised), new BudgetLine(ExpenseCategory.Management, management, 0)], disbursements);
        var institution = new Institution($"SIM-INST-{key}", $"模拟承担单位{key}");
        var pi = new PrincipalInvestigator($"sim-pi-{key}", $"负责人{key}", $"pi.{key.ToLowerInvariant()}@example.cn");
        var title = c.Program == ProgramCode.AidXinjiang ? $"南疆特色林果提质增效技术示范（{key}）" : $"中亚农业节水技术联合研究（{key}）";
        var sco = c.Program == ProgramCode.ScoPartnership
            ? new ScoDetails("哈萨克斯坦", "哈萨克国立农业大学", ScoPriorityField.Agriculture, [new TravelPlan("哈萨克斯坦", "联合试验", c.ExecutionStartsOn.AddDays((c.ExecutionEndsOn.DayNumber - c.ExecutionStartsOn.DayNumber) / 2), 2)])
            : null;
        return new ApplicationForm(title, "模拟申报：按年度计划的指标开展技术示范与推广。", category, pi, institution, c.ExecutionStartsOn, c.ExecutionEndsOn, budget, targets,
            sco, category == CategoryCode.AidXinjiangC ? "中国农业大学" : null);
    }

    private static (string Text, int Rows) CarriedOverCsv(ProgramYearSpec spec)
    {
        var csv = new StringBuilder(CarriedOverCsvImport.TemplateHeader).Append('\n');
        var rows = 0;
        foreach (var k in spec.CarriedOver)
        {
            var approved = Split.Evenly(k.ApprovedFiscalCny, k.Count);
            var thisYear = Split.Evenly(k.ThisYearFiscalCny, k.Count);
            for (var i = 0; i < k.Count; i++)
            {
                rows++;
                var earlier = approved[i] - thisYear[i];
                var plan = earlier > 0 ? $"{k.ProgramYear}:{earlier.ToString(CultureInfo.InvariantCulture)}；{spec.ProgramYear}:{thisYear[i].ToString(CultureInfo.InvariantCulture)}" : $"{spec.ProgramYear}:{thisYear[i].ToString(CultureInfo.InvariantCulture)}";
                var id = $"CO-{k.ProgramYear}-{k.Category}-{i + 1:D4}";
                var approvedOn = new DateOnly(k.ProgramYear, 6, 1);
                csv.Append(CultureInfo.InvariantCulture, $"{id},结转项目{id},{k.Category},{k.ProgramYear},SIM-INST-{id},模拟承担单位{id},sim-pi-{id},负责人{rows},pi.{id.ToLowerInvariant()}@example.cn,Execution,")
                    .Append(CultureInfo.InvariantCulture, $"{approvedOn:yyyy-MM-dd},{approvedOn.AddDays(20):yyyy-MM-dd},{k.ExecutionStartsOn:yyyy-MM-dd},{k.ExecutionEndsOn:yyyy-MM-dd},")
                    .Append(CultureInfo.InvariantCulture, $"{approved[i]},0,{plan},,是\n");
            }
        }

        return (csv.ToString(), rows);
    }
}
