using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Http.Handlers;

/// <summary>The officer console's routes: lists, decisions, calls and the outbox.</summary>
public sealed class OfficerHandlers
{
    private readonly ProjectSteps _steps;
    private readonly IProjectRepository _projects;
    private readonly ICallRepository _calls;
    private readonly IEmailLog _outbox;
    private readonly DeadlinePolicy _policy;
    private readonly IBusinessClock _clock;

    /// <summary>Creates the handlers.</summary>
    public OfficerHandlers(ProjectSteps steps, IProjectRepository projects, ICallRepository calls, IEmailLog outbox, DeadlinePolicy policy, IBusinessClock clock)
    {
        _steps = steps ?? throw new ArgumentNullException(nameof(steps));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _calls = calls ?? throw new ArgumentNullException(nameof(calls));
        _outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>GET officer/projects?year&amp;program&amp;stage&amp;category&amp;institution&amp;overdue.</summary>
    public async Task<ApiResult> ListAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var year = ApiQuery.Int(call, "year") ?? _clock.Now.Year;
        var program = ApiQuery.Enum<ProgramCode>(call, "program") ?? ProgramCode.AidXinjiang;
        var stage = ApiQuery.Enum<ProjectStage>(call, "stage");
        var category = ApiQuery.Enum<CategoryCode>(call, "category");
        var institution = call.Query("institution");
        var overdue = ApiQuery.Bool(call, "overdue");
        var items = (await _projects.ListByProgramYearAsync(year, program, stage, call.Aborted))
            .Where(s => category is null || s.Category == category)
            .Where(s => institution is null || s.InstitutionId == institution)
            .ToList();
        if (overdue is not null)
        {
            var now = _clock.Now;
            var flagged = new List<ProjectSummary>();
            foreach (var s in items)
            {
                var deadline = (await _projects.FindAsync(s.ProjectId, call.Aborted)) is { } f ? StageSchedule.CurrentDeadline(f.Project, _policy) : null;
                if ((deadline is not null && deadline.DueAt < now) == overdue)
                {
                    flagged.Add(s);
                }
            }

            items = flagged;
        }

        return ApiResult.Ok(new ProjectList(items));
    }

    /// <summary>POST officer/projects/{projectId}/eligibility.</summary>
    public Task<ApiResult> DecideEligibilityAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<EligibilityDecisionRequest>();
        return _steps.StepAsync(call, (p, at) =>
        {
            switch (body.Decision)
            {
                case EligibilityDecision.Pass: p.PassEligibility(call.Caller, at, body.Reason); break;
                case EligibilityDecision.Reject: p.RejectEligibility(call.Caller, at, body.Reason!); break;
                default: p.ReturnForCorrection(call.Caller, at, body.Reason!); break;
            }
        });
    }

    /// <summary>POST officer/projects/{projectId}/funding-decision: propose for funding (publish) or decline.</summary>
    public Task<ApiResult> DecideFundingAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<FundingDecisionRequest>();
        if (body.Fund && body.PublishedOn is null)
        {
            throw new DomainValidationException([ValidationProblem.Of("publishedOn", "required", "拟资助项目须填写公示发布日期", "The publication date is required when funding")]);
        }

        return _steps.StepAsync(call, (p, at) =>
        {
            if (body.Fund)
            {
                p.ProposeForFunding(call.Caller, at, body.PublishedOn!.Value, _policy, body.FiscalCny);
            }
            else
            {
                p.DeclineFunding(call.Caller, at, body.Reason!);
            }
        });
    }

    /// <summary>POST officer/projects/{projectId}/objections/{objectionId}/resolution.</summary>
    public Task<ApiResult> ResolveObjectionAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<ObjectionResolutionRequest>();
        var objectionId = call.RouteValue("objectionId");
        return _steps.StepAsync(call, (p, at) => p.ResolveObjection(call.Caller, at, objectionId, body.Upheld, body.Resolution));
    }

    /// <summary>POST officer/projects/{projectId}/approval: issue the approval now (the workflow also does it after publicity).</summary>
    public Task<ApiResult> ApproveAsync(ApiCall call) => _steps.StepAsync(call, (p, at) => p.Approve(call.Caller, at));

    /// <summary>POST officer/projects/{projectId}/mid-term-decision: pass, or return the report for correction.</summary>
    public Task<ApiResult> DecideMidTermAsync(ApiCall call) =>
        DecideAsync(call, (p, at, reason) => p.PassMidTermInspection(call.Caller, at, reason), (p, at, reason) => p.ReturnForCorrection(call.Caller, at, reason!));

    /// <summary>POST officer/projects/{projectId}/acceptance-decision.</summary>
    public Task<ApiResult> DecideAcceptanceAsync(ApiCall call) =>
        DecideAsync(call, (p, at, reason) => p.PassAcceptance(call.Caller, at, reason), (p, at, reason) => p.FailAcceptance(call.Caller, at, reason!));

    /// <summary>POST officer/projects/{projectId}/extension-decision.</summary>
    public Task<ApiResult> DecideExtensionAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<DecisionRequest>();
        return _steps.StepAsync(call, (p, at) => p.DecideExtension(call.Caller, at, body.Approved, body.Reason));
    }

    /// <summary>POST officer/projects/{projectId}/termination.</summary>
    public Task<ApiResult> TerminateAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<TerminationRequest>();
        return _steps.StepAsync(call, (p, at) => p.Terminate(call.Caller, at, body.Cause, body.Reason));
    }

    /// <summary>GET officer/outbox?projectId: the emails sent.</summary>
    public async Task<ApiResult> OutboxAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await _outbox.ListAsync(call.Query("projectId"), call.Aborted));
    }

    /// <summary>A yes/no decision: <paramref name="approve"/> or <paramref name="refuse"/> with the body's reason.</summary>
    private Task<ApiResult> DecideAsync(ApiCall call, Action<Project, DateTimeOffset, string?> approve, Action<Project, DateTimeOffset, string?> refuse)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<DecisionRequest>();
        return _steps.StepAsync(call, (p, at) => (body.Approved ? approve : refuse)(p, at, body.Reason));
    }

    /// <summary>PUT officer/calls/{callId}: create or replace a call (申报指南).</summary>
    public async Task<ApiResult> SaveCallAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<AnnualCall>();
        var id = call.RouteValue("callId");
        var result = body.Validate();
        if (body.Id != id)
        {
            result.Add("id", "id-mismatch", "请求内容中的指南编号与地址不一致", "The call id in the body differs from the one in the path");
        }

        result.ThrowIfInvalid();
        await _calls.SaveAsync(body, call.Aborted);
        return ApiResult.Ok(new CallView(body, body.IsOpenAt(_clock.Now)));
    }
}
