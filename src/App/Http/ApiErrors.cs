using XjKeji.App.Projects;
using XjKeji.Domain.Common;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Http;

/// <summary>Maps domain errors to problems. Refusals because of ownership answer 404: an applicant must not learn that another institution's project exists.</summary>
public static class ApiErrors
{
    /// <summary>The problem for a domain error.</summary>
    public static ApiProblem For(DomainException error, bool ifMatchSent)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            DomainValidationException => ApiProblem.From(422, error),
            NotFoundException => ApiProblem.From(404, error),
            ConcurrencyConflictException => ApiProblem.From(ifMatchSent ? 412 : 409, error),
            IllegalTransitionException { Reason: RefusalReason.NotOwner } t => ApiProblem.Of(404, "not-found", $"找不到项目 {t.ProjectId}", $"Project {t.ProjectId} was not found"),
            IllegalTransitionException { Reason: RefusalReason.RoleNotAllowed } => ApiProblem.From(403, error),
            IllegalTransitionException { Reason: RefusalReason.ReasonRequired } t => ApiProblem.From(422, error) with
            {
                Errors = [new ApiFieldError("reason", "required", "必须说明理由", "A reason is required")],
            },
            IllegalTransitionException => ApiProblem.From(409, error),
            _ => ApiProblem.From(400, error),
        };
    }

    /// <summary>401: no valid credentials.</summary>
    public static ApiProblem Unauthenticated() => ApiProblem.Of(401, "unauthenticated", "未登录或登录凭证无效", "Not signed in, or the credentials are not valid");

    /// <summary>403: signed in, but the role may not use the route.</summary>
    public static ApiProblem Forbidden(Role role) => ApiProblem.Of(403, "forbidden", "当前角色无权执行该操作", $"The role {role} may not do this");

    /// <summary>503: storage or the workflow backend is unavailable; nothing was half-written.</summary>
    public static ApiProblem Unavailable() => ApiProblem.Of(503, "service-unavailable", "服务暂时不可用，请稍后重试", "The service is temporarily unavailable; retry later");

    /// <summary>
    /// 503 for a request that met storage or the workflow backend away, with <c>Retry-After</c> set on
    /// <paramref name="response"/> from <see cref="ApiLimits.RetryAfterSeconds"/>: the one answer the API and the
    /// operators' routes give.
    /// </summary>
    public static ApiProblem Unavailable(Microsoft.AspNetCore.Http.HttpResponse response, ApiLimits limits)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(limits);
        response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Unavailable();
    }

    /// <summary>500: a defect; logged with a trace id.</summary>
    public static ApiProblem Internal(string traceId) => ApiProblem.Of(500, "internal-error", "服务器内部错误", "Internal server error", $"trace {traceId}");
}
