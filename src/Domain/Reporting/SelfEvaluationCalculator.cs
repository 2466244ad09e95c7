using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// Computes the year-end performance self-evaluation (绩效自评表) of one program, or of the whole special fund, from the
/// recorded data of a program year: the budget block, every catalog indicator row with target, actual, evidence,
/// points and score, the total and the grade, and the problems to fix before the report is final. Pure: no I/O.
/// </summary>
public sealed class SelfEvaluationCalculator
{
    private readonly SelfEvaluationSettings _settings;

    /// <summary>Creates a calculator with the given rules (default: REGULATIONS.md).</summary>
    /// <exception cref="DomainValidationException">The settings are inconsistent.</exception>
    public SelfEvaluationCalculator(SelfEvaluationSettings? settings = null)
    {
        _settings = settings ?? SelfEvaluationSettings.Default;
        _settings.Validate().ThrowIfInvalid();
    }

    /// <summary>Computes the report.</summary>
    /// <param name="input">Everything recorded for the year.</param>
    /// <param name="program">The program to report on; null for the whole special fund (both programs).</param>
    /// <exception cref="DomainValidationException">Fixed indicator points do not fit their parents.</exception>
    public SelfEvaluationReport Compute(SelfEvaluationInput input, ProgramCode? program = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new ValidationResult();
        var programs = program is { } p ? [p] : Enum.GetValues<ProgramCode>().ToList();
        var funded = input.Projects.Where(x => x.IsFunded && programs.Contains(x.Program)).ToList();

        var funds = FundsCalculator.Compute(programs, funded, input.Budgets, _settings, problems);
        var definitions = IndicatorCatalog.All.Where(d => d.Program is null || programs.Contains(d.Program.Value)).ToList();
        var points = PointsAllocator.Allocate(definitions, _settings);
        var aggregator = new IndicatorAggregator(input, funded, _settings, problems);
        var rows = new List<IndicatorRow>(definitions.Count);
        foreach (var d in definitions)
        {
            var explanation = input.Explanations.FirstOrDefault(e => e.IndicatorCode == d.Code);
            rows.Add(RowScorer.Score(d, aggregator.Gather(d), points[d.Code], explanation, _settings, problems));
        }

        var totalPoints = funds.Points + rows.Sum(r => r.Points);
        var totalScore = funds.Score + rows.Sum(r => r.Score);
        var name = program is { } only ? ProgramCatalog.ProgramName(only) : SelfEvaluationReport.FundName;
        return new SelfEvaluationReport(input.ProgramYear, program, name, funds, input.Goal, rows, totalPoints, totalScore, _settings.GradeOf(totalScore), problems.Problems);
    }
}
