using XjKeji.App.Review;
using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Review;

namespace XjKeji.App.Http.Handlers;

/// <summary>
/// The expert database, panels, score sheets, ranking and the funding proposal. Officers run the review; an expert sees
/// only their own assignments, and each application without who proposed it.
/// </summary>
public sealed class ReviewHandlers(ExpertDirectory directory, ReviewService review, IBusinessClock clock)
{
    /// <summary>GET officer/experts.</summary>
    public async Task<ApiResult> ListExpertsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await directory.ListAsync(call.Aborted));
    }

    /// <summary>PUT officer/experts/{expertId}.</summary>
    public async Task<ApiResult> SaveExpertAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await directory.SaveAsync(call.RouteValue("expertId"), call.BodyAs<Expert>(), call.Aborted));
    }

    /// <summary>POST officer/experts/import: a CSV file (UTF-8 or GB18030), base64 in JSON, all or nothing.</summary>
    public async Task<ApiResult> ImportExpertsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await directory.ImportAsync(call.BodyAs<ExpertImportRequest>().File(), call.Aborted));
    }

    /// <summary>POST officer/calls/{callId}/review-assignments.</summary>
    public async Task<ApiResult> AssignAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.AssignAsync(call.RouteValue("callId"), call.Aborted));
    }

    /// <summary>GET officer/calls/{callId}/review-assignments.</summary>
    public async Task<ApiResult> ListAssignmentsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.ListAsync(call.RouteValue("callId"), call.Aborted));
    }

    /// <summary>GET officer/calls/{callId}/ranking.</summary>
    public async Task<ApiResult> RankingAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.RankAsync(call.RouteValue("callId"), call.Aborted));
    }

    /// <summary>POST officer/calls/{callId}/funding-proposal: the proposal, applied to the projects when asked.</summary>
    public async Task<ApiResult> ProposeFundingAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<FundingProposalRequest>();
        var overrides = (body.Overrides ?? []).Select(o => new FundingOverride(o.ProjectId, o.Action, o.AmountCny, call.Caller.Id, o.Reason)).ToList();
        var proposal = await review.ProposeFundingAsync(call.RouteValue("callId"), new FundingOptions(body.MinimumPanelScore, overrides), body.Apply,
            body.PublishedOn ?? ChinaStandardTime.DateOf(clock.Now), call.Caller, call.Aborted);
        return ApiResult.Ok(proposal);
    }

    /// <summary>GET expert/assignments: the caller's own.</summary>
    public async Task<ApiResult> MyAssignmentsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.ListMineAsync(call.Caller, call.Aborted));
    }

    /// <summary>GET expert/assignments/{projectId}: the anonymised application.</summary>
    public async Task<ApiResult> ApplicationAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.GetApplicationAsync(call.Caller, call.RouteValue("projectId"), call.Aborted));
    }

    /// <summary>POST expert/assignments/{projectId}/scores.</summary>
    public async Task<ApiResult> ScoreAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<ScoreSheetRequest>();
        return ApiResult.Ok(await review.ScoreAsync(call.Caller, call.RouteValue("projectId"), body.Scores, body.Comment, call.Aborted));
    }

    /// <summary>POST expert/assignments/{projectId}/decline.</summary>
    public async Task<ApiResult> DeclineAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await review.DeclineAsync(call.Caller, call.RouteValue("projectId"), call.BodyAs<ReasonRequest>().Reason ?? string.Empty, call.Aborted));
    }
}
