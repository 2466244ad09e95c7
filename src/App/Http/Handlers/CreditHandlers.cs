using XjKeji.App.Credit;
using XjKeji.App.Projects;
using XjKeji.Domain.Credit;

namespace XjKeji.App.Http.Handlers;

/// <summary>信用库 routes, for officers: a PI's or institution's record, corrections and misconduct findings.</summary>
public sealed class CreditHandlers(CreditService credit)
{
    /// <summary>GET officer/credit/{subjectKind}/{subjectId}.</summary>
    public async Task<ApiResult> ViewAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await credit.ViewAsync(Kind(call), call.RouteValue("subjectId"), call.Aborted));
    }

    /// <summary>POST officer/credit/{subjectKind}/{subjectId}/corrections (Idempotency-Key makes a retry record once).</summary>
    public async Task<ApiResult> CorrectAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<CreditCorrectionRequest>();
        var key = call.Http.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } k ? k : Guid.NewGuid().ToString("N");
        return ApiResult.Ok(await credit.CorrectAsync(Kind(call), call.RouteValue("subjectId"), body.Points, body.Reason, body.ProjectId, call.Caller, key, call.Aborted));
    }

    /// <summary>POST officer/credit/{subjectKind}/{subjectId}/misconduct.</summary>
    public async Task<ApiResult> RecordMisconductAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<MisconductRequest>();
        var finding = new MisconductFinding(body.FindingId, Kind(call), call.RouteValue("subjectId"), body.Category, body.Severity, body.BanStartsOn,
            body.BanYears, call.Caller.Id, DateTimeOffset.UtcNow, body.Reason, body.ProjectId);
        return ApiResult.Ok(await credit.RecordMisconductAsync(finding, call.Aborted));
    }

    // Person or Institution; anything else names no record, so it reads as absent.
    private static CreditSubjectKind Kind(ApiCall call) =>
        Enum.TryParse<CreditSubjectKind>(call.RouteValue("subjectKind"), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(call.RouteValue("subjectKind"), out _)
            ? kind
            : throw new NotFoundException("信用主体类型 (credit subject kind)", call.RouteValue("subjectKind"));
}
