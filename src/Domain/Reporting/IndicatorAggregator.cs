using XjKeji.Domain.Common;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// Gathers each row's target and actual from recorded data, by the catalog's data source: a count of projects, a sum of
/// the projects' values, fiscal funds arranged, a share of projects passing a process check, a survey rate, or the
/// officer's recorded finding. A fund-level target (the approved 绩效目标) always wins over a derived one.
/// </summary>
internal sealed class IndicatorAggregator(SelfEvaluationInput input, IReadOnlyList<ReportProject> funded, SelfEvaluationSettings settings, ValidationResult problems)
{
    // The projects the rows count, all and by program, in the funded list's order: sorted out once rather than once per
    // row, since a report has dozens of rows and a national program year 100,000 projects.
    private readonly List<ReportProject> _counted = [.. funded.Where(p => settings.CountCarriedOverInIndicators || !p.IsCarriedOver)];
    private Dictionary<Programs.ProgramCode, List<ReportProject>>? _countedByProgram;

    public AggregatedValues Gather(IndicatorDefinition d)
    {
        var fundTarget = input.FundTargets.FirstOrDefault(t => t.IndicatorCode == d.Code)?.Value;
        var projects = Counted(d.Program);
        var values = d.Source switch
        {
            IndicatorSource.ProjectCount => new AggregatedValues(fundTarget, IndicatorValue.Of(projects.Count), [], projects.Count),
            IndicatorSource.SumOfProjectValues => SumOfProjects(d, projects, fundTarget),
            IndicatorSource.FiscalFunds => FiscalFunds(d, fundTarget),
            IndicatorSource.ProcessCompliance => Compliance(d, projects, fundTarget),
            IndicatorSource.SurveySatisfaction => Satisfaction(d, fundTarget),
            IndicatorSource.OfficerAssessment => Assessment(d, fundTarget),
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Source, "Unknown indicator source."),
        };

        if (values.Target is null)
        {
            problems.Add($"rows[{d.Code}].target", "target-missing", $"“{d.Name.Zh}”没有年度指标值", $"'{d.Name.En}' has no target for the year");
        }

        return values;
    }

    private AggregatedValues SumOfProjects(IndicatorDefinition d, List<ReportProject> projects, IndicatorValue? fundTarget)
    {
        var targets = new List<IndicatorValue>();
        var actuals = new List<IndicatorValue>();
        var evidence = new List<string>();
        var noTarget = new List<string>();
        var noActual = new List<string>();
        var noEvidence = new List<string>();
        foreach (var p in projects)
        {
            var target = WithCode(p.Targets, d.Code, static t => t.IndicatorCode);
            if (target?.Value.Number is not null)
            {
                targets.Add(target.Value);
            }
            else if (fundTarget is null)
            {
                noTarget.Add(p.Id);
            }

            var actual = WithCode(p.Actuals, d.Code, static a => a.IndicatorCode);
            if (actual?.Value.Number is null)
            {
                noActual.Add(p.Id);
                continue;
            }

            actuals.Add(actual.Value);
            if (actual.EvidenceIds.Count == 0)
            {
                // The seed's own complaint: values reported without 佐证材料 cannot be verified.
                noEvidence.Add(p.Id);
            }

            evidence.AddRange(actual.EvidenceIds);
        }

        ProjectProblems.Add(problems, d, "targets", "project-target-missing", noTarget,
            "{0}缺少“{1}”的预期值", "Project {0} has no target for '{1}'", "{0} projects have no target for '{1}'");
        ProjectProblems.Add(problems, d, "actuals", "project-actual-missing", noActual,
            "{0}未填报“{1}”的实际完成值", "Project {0} has not reported '{1}'", "{0} projects have not reported '{1}'");
        ProjectProblems.Add(problems, d, "actuals", "evidence-missing", noEvidence,
            "{0}的“{1}”实际完成值缺少佐证材料", "Project {0}'s actual for '{1}' has no evidence", "{0} projects' actuals for '{1}' have no evidence");
        var summedTarget = targets.Count > 0 ? Sum(targets) : null;
        return new AggregatedValues(fundTarget ?? summedTarget, actuals.Count > 0 ? Sum(actuals) : null, Distinct(evidence), projects.Count);
    }

    private AggregatedValues FiscalFunds(IndicatorDefinition d, IndicatorValue? fundTarget)
    {
        // Money is not a project's target: every funded project of the program counts, new and carried over alike.
        var program = funded.Where(p => p.Program == d.Program).ToList();
        var budget = input.Budgets.FirstOrDefault(b => b.Program == d.Program);
        var target = fundTarget ?? (budget is null ? null : IndicatorValue.Of(Cny.RoundWanYuan(Cny.ToWanYuan(budget.FullYearCny))));
        var actual = IndicatorValue.Of(Cny.RoundWanYuan(Cny.ToWanYuan(program.Sum(p => p.FiscalAllocatedCny))));
        return new AggregatedValues(target, actual, [], program.Count);
    }

    private AggregatedValues Compliance(IndicatorDefinition d, List<ReportProject> projects, IndicatorValue? fundTarget)
    {
        var checks = new List<ComplianceCheck>();
        foreach (var p in projects)
        {
            var check = WithCode(p.Compliance, d.Code, static c => c.IndicatorCode);
            if (check is null)
            {
                problems.Add($"projects[{p.Id}].compliance[{d.Code}]", "compliance-not-recorded", $"项目{p.Id}未记录“{d.Name.Zh}”的核查结果", $"Project {p.Id} has no recorded check for '{d.Name.En}'");
            }
            else
            {
                checks.Add(check);
            }
        }

        var actual = checks.Count == 0 ? null : IndicatorValue.Of(ReportNumbers.Percent(checks.Count(c => c.Met), checks.Count, fundTarget?.Number));
        return new AggregatedValues(fundTarget, actual, Distinct(checks.SelectMany(c => c.EvidenceIds)), projects.Count);
    }

    private AggregatedValues Satisfaction(IndicatorDefinition d, IndicatorValue? fundTarget)
    {
        var answers = input.Survey.Where(s => s.IndicatorCode == d.Code).ToList();
        if (answers.Count == 0)
        {
            problems.Add($"rows[{d.Code}].actual", "survey-missing", $"“{d.Name.Zh}”没有满意度调查问卷", $"No survey answers for '{d.Name.En}'");
            return new AggregatedValues(fundTarget, null, []);
        }

        var byKind = answers.GroupBy(a => a.Kind).OrderBy(g => g.Key)
            .Select(g => new SurveyKindTally(g.Key, g.Count(), g.Count(a => a.Satisfied))).ToList();
        var satisfied = answers.Count(a => a.Satisfied);
        var actual = IndicatorValue.Of(ReportNumbers.Percent(satisfied, answers.Count, fundTarget?.Number));
        return new AggregatedValues(fundTarget, actual, [], null, new SurveyTally(answers.Count, satisfied, byKind));
    }

    private AggregatedValues Assessment(IndicatorDefinition d, IndicatorValue? fundTarget)
    {
        var a = input.Assessments.FirstOrDefault(x => x.IndicatorCode == d.Code);
        if (a is null)
        {
            problems.Add($"rows[{d.Code}].actual", "assessment-missing", $"“{d.Name.Zh}”缺少处室评估结果", $"The officer has not assessed '{d.Name.En}'");
            return new AggregatedValues(fundTarget, null, []);
        }

        if (a.EvidenceIds.Count == 0)
        {
            problems.Add($"rows[{d.Code}].evidence", "evidence-missing", $"“{d.Name.Zh}”的评估结果缺少佐证材料", $"The assessment of '{d.Name.En}' has no evidence");
        }

        return new AggregatedValues(fundTarget, a.Actual, Distinct(a.EvidenceIds), null, null, a.Tier, a.PercentOfPoints);
    }

    /// <summary>
    /// Adds values stated per project. "At least" parts make the sum "at least" (the seed's "2万亩以上"), "at most" parts
    /// make it "at most"; a mix of both cannot be stated and is shown as the plain number.
    /// </summary>
    private static IndicatorValue Sum(List<IndicatorValue> values)
    {
        var atLeast = values.Any(v => v.Comparator == IndicatorComparator.AtLeast);
        var atMost = values.Any(v => v.Comparator == IndicatorComparator.AtMost);
        var comparator = atLeast && !atMost ? IndicatorComparator.AtLeast : atMost && !atLeast ? IndicatorComparator.AtMost : IndicatorComparator.Exactly;
        return new IndicatorValue(values.Sum(v => v.Number!.Value), comparator);
    }

    private static List<string> Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private List<ReportProject> Counted(Programs.ProgramCode? program)
    {
        if (program is not { } code)
        {
            return _counted;
        }

        _countedByProgram ??= _counted.GroupBy(p => p.Program).ToDictionary(g => g.Key, g => g.ToList());
        return _countedByProgram.GetValueOrDefault(code) ?? [];
    }

    // The first item of a project's short list with the row's code, by index: the list's enumerator would be one
    // allocation per project and row.
    private static T? WithCode<T>(IReadOnlyList<T> items, string code, Func<T, string> codeOf)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (codeOf(items[i]) == code)
            {
                return items[i];
            }
        }

        return null;
    }
}
