using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Evidence;
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
public sealed class SelfEvaluationService(
    IProjectRepository projects,
    IReportDataRepository data,
    ICreditEventLog credit,
    IEvidenceRepository evidence,
    IBusinessClock clock)
{
    /// <summary>How many earlier program years are searched for carried-over projects (execution periods run up to five).</summary>
    public const int CarriedOverYears = 5;

    // Deadline events that make a project's process non-compliant for the year's compliance rows.
    private static readonly HashSet<CreditEventKind> NonCompliant = [CreditEventKind.SubmittedLate, CreditEventKind.DeadlineMissed, CreditEventKind.ContractNotSigned];

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
        var reportProjects = new List<ReportProject>();
        foreach (var year in Enumerable.Range(programYear - CarriedOverYears, CarriedOverYears + 1))
        {
            foreach (var program in Enum.GetValues<ProgramCode>())
            {
                foreach (var summary in await projects.ListByProgramYearAsync(year, program, cancellationToken: cancellationToken))
                {
                    if ((await projects.FindAsync(summary.ProjectId, cancellationToken))?.Project is not { } project)
                    {
                        continue;
                    }

                    var snapshot = project.ToSnapshot();
                    var inYear = snapshot.Form.Budget.FiscalInYear(programYear);
                    if (year == programYear || inYear > 0)
                    {
                        reportProjects.Add(ReportProject.FromSnapshot(snapshot, programYear, Executed(snapshot, inYear), await ComplianceAsync(project, cancellationToken),
                            project.Program == ProgramCode.ScoPartnership ? snapshot.Form.Budget.SelfRaisedTotalCny : 0m));
                    }
                }
            }
        }

        var inputs = await data.GetInputsAsync(programYear, cancellationToken);
        var answers = await data.ListAnswersAsync(programYear, cancellationToken);
        return new SelfEvaluationInput(programYear, reportProjects, inputs.Budgets, inputs.FundTargets, inputs.Assessments,
            [.. answers.Select(a => new SurveyResponse(a.IndicatorCode, a.Kind, a.Satisfied))], inputs.Explanations, inputs.Goal);
    }

    // The year's tranche is paid out once the contract is signed (拨付): before that nothing of it is executed.
    private static decimal Executed(ProjectSnapshot snapshot, decimal inYear) => snapshot.ContractSignedOn is null && !snapshot.IsCarriedOver ? 0m : inYear;

    // Each process-compliance row of the project's program: met unless the project missed or was late on a deadline;
    // the project's accepted evidence backs the row.
    private async Task<IReadOnlyList<ComplianceCheck>> ComplianceAsync(Project project, CancellationToken cancellationToken)
    {
        var events = await credit.ListAsync(CreditSubjectKind.Institution, project.InstitutionId, cancellationToken);
        var met = !events.Any(e => e.ProjectId == project.Id && NonCompliant.Contains(e.Kind));
        var files = (await evidence.ListByProjectAsync(project.Id, cancellationToken)).Where(r => r.Status == EvidenceStatus.Accepted).Select(r => r.BlobName).ToList();
        return [.. IndicatorCatalog.All
            .Where(d => d.Source == IndicatorSource.ProcessCompliance && (d.Program is null || d.Program == project.Program))
            .Select(d => new ComplianceCheck(d.Code, met, files))];
    }
}
