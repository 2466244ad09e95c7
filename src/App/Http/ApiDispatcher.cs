using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using XjKeji.App.Http.Identity;
using XjKeji.Domain.Common;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http;

/// <summary>
/// Serves one route for either host: authenticate, authorize by role, read and check the body, honour
/// <c>Idempotency-Key</c>, run the handler, and turn every failure into problem+json. Bad input never reaches a handler,
/// so nothing is written for it.
/// </summary>
public sealed partial class ApiDispatcher
{
    private const string IdempotencyHeader = "Idempotency-Key";
    private readonly ICallerResolver _callers;
    private readonly IIdempotencyStore _idempotency;
    private readonly ApiLimits _limits;
    private readonly IStorageFailureClassifier _failures;
    private readonly ILogger<ApiDispatcher> _logger;

    /// <summary>Creates the dispatcher.</summary>
    public ApiDispatcher(ICallerResolver callers, IIdempotencyStore idempotency, ApiLimits limits, IStorageFailureClassifier failures, ILogger<ApiDispatcher> logger)
    {
        _callers = callers ?? throw new ArgumentNullException(nameof(callers));
        _idempotency = idempotency ?? throw new ArgumentNullException(nameof(idempotency));
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _failures = failures ?? throw new ArgumentNullException(nameof(failures));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Serves <paramref name="route"/> on <paramref name="http"/> and writes the response.</summary>
    public async Task HandleAsync(HttpContext http, ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(route);
        ApiResult result;
        try
        {
            result = await ServeAsync(http, route);
        }
        catch (DomainException e)
        {
            result = ApiResult.Problem(ApiErrors.For(e, http.Request.Headers.IfMatch.Count > 0));
        }
        catch (Exception e) when (_failures.IsUnavailable(e))
        {
            LogUnavailable(e, route.Name);
            result = ApiResult.Problem(ApiErrors.Unavailable(http.Response, _limits));
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            var trace = Activity.Current?.Id ?? http.TraceIdentifier;
            LogDefect(e, route.Name, trace);
            result = ApiResult.Problem(ApiErrors.Internal(trace));
        }

        await WriteAsync(http, result);
    }

    private async Task<ApiResult> ServeAsync(HttpContext http, ApiRoute route)
    {
        var caller = _callers.Resolve(http.Request);
        if (caller is null)
        {
            return ApiResult.Problem(ApiErrors.Unauthenticated());
        }

        if (!route.Roles.Contains(caller.Role))
        {
            return ApiResult.Problem(caller.Role == Role.Public ? ApiErrors.Unauthenticated() : ApiErrors.Forbidden(caller.Role));
        }

        var (body, raw, problem) = await ApiBodyReader.ReadAsync(http.Request, route.RequestBody, _limits.MaxBodyBytes, http.RequestAborted);
        if (problem is not null)
        {
            return ApiResult.Problem(problem);
        }

        var call = new ApiCall(http, route, caller, body);
        var key = http.Request.Headers[IdempotencyHeader].ToString();
        if (!route.Idempotent || key.Length == 0)
        {
            return await route.Handle(call);
        }

        if (key.Length > 100 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            return ApiResult.Problem(ApiProblem.Of(400, "invalid-idempotency-key", "Idempotency-Key 须为1至100个字母、数字或 -_.: 字符", "Idempotency-Key must be 1–100 letters, digits or -_.:"));
        }

        return await WithIdempotencyAsync(call, key, RequestHash(http, route, raw));
    }

    private async Task<ApiResult> WithIdempotencyAsync(ApiCall call, string key, string hash)
    {
        var scope = $"{call.Caller.Role}:{call.Caller.Id}:{call.Route.Name}";
        var existing = await _idempotency.TryReserveAsync(scope, key, hash, call.Aborted);
        if (existing is not null)
        {
            return existing.RequestHash != hash
                ? ApiResult.Problem(ApiProblem.Of(422, "idempotency-key-reused", "该 Idempotency-Key 已用于另一个请求", "This Idempotency-Key was used for a different request"))
                : existing.InFlight
                    ? ApiResult.Problem(ApiProblem.Of(409, "request-in-progress", "相同的请求正在处理中，请稍后重试", "The same request is still being processed; retry shortly"))
                    : new ApiResult(existing.Status, existing.BodyJson is null ? null : new RawJson(existing.BodyJson), existing.ETag, existing.Location);
        }

        ApiResult result;
        try
        {
            result = await call.Route.Handle(call);
        }
        catch (DomainException e)
        {
            result = ApiResult.Problem(ApiErrors.For(e, call.IfMatch is not null));
        }
        catch
        {
            await _idempotency.ReleaseAsync(scope, key, CancellationToken.None);
            throw;
        }

        if (result.Status >= 400)
        {
            // A refusal wrote nothing, and its cause may pass (a file still being processed, a stage not reached yet):
            // remembering it would answer every retry with the same key with a refusal that is no longer true.
            await _idempotency.ReleaseAsync(scope, key, CancellationToken.None);
            return result;
        }

        var json = result.Body is null ? null : JsonSerializer.Serialize(result.Body, result.Body.GetType(), ApiJson.Options);
        await _idempotency.CompleteAsync(scope, key, new IdempotencyRecord(hash, result.Status, json, result.ETag, result.Location), CancellationToken.None);
        return result;
    }

    private static string RequestHash(HttpContext http, ApiRoute route, byte[] body)
    {
        var head = Encoding.UTF8.GetBytes($"{route.Name}\n{http.Request.Path}\n{http.Request.QueryString}\n");
        return Convert.ToHexString(SHA256.HashData([.. head, .. body]));
    }

    private static async Task WriteAsync(HttpContext http, ApiResult result)
    {
        var response = http.Response;
        response.StatusCode = result.Status;
        if (result.ETag is not null)
        {
            response.Headers.ETag = result.ETag;
        }

        if (result.Location is not null)
        {
            response.Headers.Location = result.Location;
        }

        if (result.Body is null)
        {
            return;
        }

        if (result.Body is FileBody file)
        {
            response.ContentType = file.ContentType;
            await response.Body.WriteAsync(file.Bytes, http.RequestAborted);
            return;
        }

        response.ContentType = result.Body is ApiProblem || (result.Body is RawJson && result.Status >= 400) ? "application/problem+json; charset=utf-8" : "application/json; charset=utf-8";
        if (result.Body is RawJson raw)
        {
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(raw.Json), http.RequestAborted);
            return;
        }

        await JsonSerializer.SerializeAsync(response.Body, result.Body, result.Body.GetType(), ApiJson.Options, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while serving {Route}; answered 503.")]
    private partial void LogUnavailable(Exception exception, string route);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure serving {Route} (trace {TraceId}).")]
    private partial void LogDefect(Exception exception, string route, string traceId);
}
