using XjKeji.App.Credit;
using XjKeji.App.Evidence;
using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Handlers;

/// <summary>The applicant portal's routes: drafts, submission, own projects and every human step.</summary>
public sealed class ApplicantHandlers
{
    private readonly ProjectCommands _commands;
    private readonly IProjectRepository _projects;
    private readonly ICallRepository _calls;
    private readonly DeadlinePolicy _policy;
    private readonly IBusinessClock _clock;
    private readonly ProjectSteps _steps;
    private readonly EvidenceGate _evidence;
    private readonly CreditService _credit;

    /// <summary>Creates the handlers.</summary>
    public ApplicantHandlers(ProjectCommands commands, ProjectSteps steps, EvidenceGate evidence, CreditService credit, IProjectRepository projects, ICallRepository calls, DeadlinePolicy policy, IBusinessClock clock)
    {
        _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _steps = steps ?? throw new ArgumentNullException(nameof(steps));
        _commands = commands ?? throw new ArgumentNullException(nameof(commands));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _calls = calls ?? throw new ArgumentNullException(nameof(calls));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>GET calls: the calls of a year (default: this year), open ones first.</summary>
    public async Task<ApiResult> ListCallsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var year = ApiQuery.Int(call, "year") ?? _clock.Now.Year;
        var now = _clock.Now;
        var calls = await _calls.ListAsync(year, call.Aborted);
        return ApiResult.Ok(calls.OrderByDescending(c => c.IsOpenAt(now)).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => new CallView(c, c.IsOpenAt(now))).ToList());
    }

    /// <summary>POST applicant/projects: a new draft.</summary>
    public async Task<ApiResult> CreateDraftAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<CreateDraftRequest>();
        var id = $"P{_clock.Now.Year}-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var created = await _commands.CreateDraftAsync(id, body.CallId, body.Form, call.Caller, call.Aborted);
        return ApiResult.Created(ProjectView.Of(created.Project, _policy, officer: false), $"/api/projects/{id}", HttpETags.Quote(created.ETag));
    }

    /// <summary>PUT applicant/projects/{projectId}: replace the draft; If-Match required.</summary>
    public async Task<ApiResult> UpdateDraftAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);

        // Ownership first: a stranger learns nothing, not even that an ETag would be needed.
        await _commands.GetAsync(call.RouteValue("projectId"), call.Caller, call.Aborted);
        if (call.IfMatch is null)
        {
            return ApiResult.Problem(ApiProblem.Of(428, "precondition-required", "修改须携带 If-Match（最近读取的 ETag）", "Updates need If-Match with the ETag last read"));
        }

        var form = call.BodyAs<ApplicationForm>();
        return await _steps.StepAsync(call, (p, _) => p.UpdateForm(form, call.Caller));
    }

    /// <summary>POST applicant/projects/{projectId}/submit: submit and start the lifecycle.</summary>
    public async Task<ApiResult> SubmitAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var saved = await _commands.SubmitAsync(call.RouteValue("projectId"), HttpETags.Unquote(call.IfMatch), call.Caller, call.Aborted, _credit.EnsureMayApplyAsync);
        return _steps.View(call, saved.Project, saved.ETag);
    }

    /// <summary>GET applicant/projects: the caller's institution's projects.</summary>
    public async Task<ApiResult> ListOwnAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(new ProjectList(await _projects.ListByInstitutionAsync(call.Caller.InstitutionId!, call.Aborted)));
    }

    /// <summary>POST …/resubmit.</summary>
    public async Task<ApiResult> ResubmitAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var project = await _commands.GetAsync(call.RouteValue("projectId"), call.Caller, call.Aborted);
        var target = await _calls.FindAsync(project.Project.CallId, call.Aborted) ?? throw new NotFoundException("申报指南 (call)", project.Project.CallId);
        return await _steps.StepAsync(call, (p, at) => p.Resubmit(call.Caller, at, target));
    }

    /// <summary>POST …/contract-signature: refused until the signed contract is uploaded and accepted.</summary>
    public Task<ApiResult> SignContractAsync(ApiCall call) =>
        _steps.StepAsync(call, (p, at) => p.SignContract(call.Caller, at), _evidence.For(ProjectStage.Contract));

    /// <summary>POST …/mid-term-report: refused until the mid-term report file is uploaded and accepted.</summary>
    public Task<ApiResult> SubmitMidTermReportAsync(ApiCall call) =>
        _steps.StepAsync(call, (p, at) => p.SubmitMidTermReport(call.Caller, at, call.BodyAs<MidTermReportRequest>().Summary), _evidence.For(ProjectStage.MidTermInspection));

    /// <summary>
    /// POST …/acceptance-report: refused until the stage's files are accepted and every actual links to accepted
    /// evidence of the project.
    /// </summary>
    public Task<ApiResult> SubmitAcceptanceReportAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var actuals = call.BodyAs<AcceptanceReportRequest>().Actuals;
        return _steps.StepAsync(call, (p, at) => p.SubmitAcceptanceReport(call.Caller, at, actuals), _evidence.For(ProjectStage.AcceptanceDue, actuals));
    }

    /// <summary>POST …/extension-request.</summary>
    public Task<ApiResult> RequestExtensionAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<ExtensionRequestBody>();
        return _steps.StepAsync(call, (p, at) => p.RequestExtension(call.Caller, at, body.Months, body.Reason, _policy.Regulations.Extension));
    }

    /// <summary>POST …/withdrawal.</summary>
    public Task<ApiResult> WithdrawAsync(ApiCall call) => _steps.StepAsync(call, (p, at) => p.Withdraw(call.Caller, at, call.BodyAs<ReasonRequest>().Reason));

    /// <summary>GET projects/{projectId}: the project, for its own applicants and officers.</summary>
    public async Task<ApiResult> GetAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var found = await _commands.GetAsync(call.RouteValue("projectId"), call.Caller, call.Aborted);
        return _steps.View(call, found.Project, found.ETag);
    }

    /// <summary>GET projects/{projectId}/audit: the audit trail.</summary>
    public async Task<ApiResult> GetAuditAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("projectId");
        await _commands.GetAsync(id, call.Caller, call.Aborted);
        return ApiResult.Ok(await _projects.GetAuditTrailAsync(id, call.Aborted));
    }
}
