using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Reporting;

/// <summary>
/// 项目支出绩效目标自评表 from what the workflows recorded: every project funded in the year (new ones and those carried
/// over from earlier years with money in it), their targets, actuals and evidence, process compliance from their credit
/// events, the survey answers, and the officer's year-end inputs. The Domain calculator does all the arithmetic.
/// </summary>
/// <remarks>
/// Projects come from the report's read model (<see cref="IReportFactsReader"/>, one query per program year) and the
/// deadline records from one query of the credit database, not project by project: a year of 100,000 projects is a few
/// dozen storage requests instead of 300,000.
/// </remarks>
public sealed class SelfEvaluationService(
    IReportFactsReader facts,
    IReportDataRepository data,
    ICreditEventLog credit,
    IBusinessClock clock)
{
    /// <summary>How many earlier program years are searched for carried-over projects (execution periods run up to five).</summary>
    public const int CarriedOverYears = 5;

    /// <summary>The report of a year, for one program or (null) the whole special fund.</summary>
    public async Task<SelfEvaluationReport> ComputeAsync(int programYear, ProgramCode? program, CancellationToken cancellationToken = default) =>
        new SelfEvaluationCalculator().Compute(await InputAsync(programYear, cancellationToken), program);

    /// <summary>The officer's year-end inputs of a year.</summary>
    public Task<YearEndInputs> GetInputsAsync(int programYear, CancellationToken cancellationToken = default) => data.GetInputsAsync(programYear, cancellationToken);

    /// <summary>Replaces the officer's year-end inputs of a year.</summary>
    public async Task<YearEndInputs> SaveInputsAsync(int programYear, YearEndInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var problems = new ValidationResult();
        foreach (var code in inputs.FundTargets.Select(t => t.IndicatorCode).Concat(inputs.Assessments.Select(a => a.IndicatorCode)).Concat(inputs.Explanations.Select(e => e.IndicatorCode)))
        {
            if (IndicatorCatalog.Find(code) is null)
            {
                problems.Add("indicatorCode", "unknown-indicator", $"未知的指标代码 {code}", $"Unknown indicator code {code}");
            }
        }

        problems.ThrowIfInvalid();
        await data.SaveInputsAsync(programYear, inputs, cancellationToken);
        return inputs;
    }

    /// <summary>
    /// Records the caller's satisfaction with a project: its applicants answer for the applicant survey, officers for an
    /// SCO project's site. Answering again at the same stage changes nothing.
    /// </summary>
    public async Task<SurveyAnswer> AnswerAsync(Project project, Actor actor, bool satisfied, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        var (code, kind) = actor.Role == Role.Officer
            ? ("SCO-SATISFACTION", RespondentKind.ProjectSite)
            : (project.Program == ProgramCode.AidXinjiang ? "AX-SATISFACTION" : "SCO-SATISFACTION", RespondentKind.Applicant);
        if (actor.Role == Role.Officer && project.Program != ProgramCode.ScoPartnership)
        {
            throw new DomainValidationException([ValidationProblem.Of("projectId", "not-sco", "实施地满意度仅适用于上合组织项目", "Project-site satisfaction applies to SCO projects only")]);
        }

        // The answer counts for the project's program year: it rates how that year's call, review and decision were run,
        // however late in the calendar the applicant gets round to answering.
        var answer = new SurveyAnswer(project.ProgramYear, project.Id, code, kind, actor.Id, project.Stage.ToString(), satisfied, comment, clock.Now);
        await data.RecordAnswerAsync(answer, cancellationToken);
        return answer;
    }

    private async Task<SelfEvaluationInput> InputAsync(int programYear, CancellationToken cancellationToken)
    {
        // Every read is started at once; the store answers each program year as one partition, and drops the projects that
        // do not count in this year's report as it reads them.
        var reading = Task.WhenAll(Enumerable.Range(programYear - CarriedOverYears, CarriedOverYears + 1).Select(year => facts.ReadAsync(year, programYear, cancellationToken)));
        var missing = MissedDeadlinesAsync(cancellationToken);
        var inputsReading = data.GetInputsAsync(programYear, cancellationToken);
        var answersReading = data.ListAnswersAsync(programYear, cancellationToken);

        // Years in order, and each year's projects in its list's order: the report's evidence lists and problems follow it.
        var counted = new List<(ReportFacts Facts, IReadOnlyList<string> Files)>();
        foreach (var stored in await reading)
        {
            counted.AddRange(stored.Projects.Select(p => (p, stored.AcceptedFiles.GetValueOrDefault(p.ProjectId) ?? [])));
        }

        var missed = await missing;
        var reportProjects = counted.Select(c => c.Facts.ToReportProject(programYear,
            ProcessCompliance.ChecksFor(c.Facts.Program, missed.Contains((c.Facts.InstitutionId, c.Facts.ProjectId)), c.Files))).ToList();

        var inputs = await inputsReading;
        var answers = await answersReading;
        return new SelfEvaluationInput(programYear, reportProjects, inputs.Budgets, inputs.FundTargets, inputs.Assessments,
            [.. answers.Select(a => new SurveyResponse(a.IndicatorCode, a.Kind, a.Satisfied))], inputs.Explanations, inputs.Goal);
    }

    // (institution, project) of every deadline event that makes a project's process non-compliant, in one read.
    private async Task<HashSet<(string Institution, string Project)>> MissedDeadlinesAsync(CancellationToken cancellationToken) =>
        [.. (await credit.ListOfKindsAsync(CreditSubjectKind.Institution, [.. ProcessCompliance.BreakingEvents], cancellationToken))
            .Where(e => e.ProjectId is not null).Select(e => (e.SubjectId, e.ProjectId!))];
}
