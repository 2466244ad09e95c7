using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using XjKeji.App.Http;
using XjKeji.App.Http.Identity;
using XjKeji.App.Projects;
using XjKeji.App.Workflow;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Ports;

namespace XjKeji.LocalHost.Endpoints;

/// <summary>
/// Operations routes of the one-machine host, for officers: start (or resume) a project's lifecycle and read its state,
/// the audit trail, the outbox, the host's routes, and send the deadline digest or the experts' review reminders now.
/// </summary>
internal static partial class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOpsEndpoints(this IEndpointRouteBuilder app)
    {
        // Officers only: the same development tokens as the API, checked before any ops route runs.
        var ops = app.MapGroup("/api/ops").AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.RequestServices.GetRequiredService<ICallerResolver>().Resolve(context.HttpContext.Request);
            return caller?.Role == Role.Officer
                ? await next(context)
                : Results.Problem(statusCode: caller is null || caller.Role == Role.Public ? 401 : 403, title: "仅限计划处 (officers only)");
        }).AddEndpointFilter(async (context, next) =>
        {
            // As the API does: storage or the workflow backend away is 503 with Retry-After, not 500.
            var services = context.HttpContext.RequestServices;
            try
            {
                return await next(context);
            }
            catch (Exception e) when (services.GetRequiredService<IStorageFailureClassifier>().IsUnavailable(e))
            {
                LogUnavailable(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpsEndpoints)), e, context.HttpContext.Request.Path);
                var problem = ApiErrors.Unavailable(context.HttpContext.Response, services.GetRequiredService<ApiLimits>());
                return Results.Json(problem, ApiJson.Options, "application/problem+json", problem.Status);
            }
        });
        ops.MapPost("/projects/{projectId}/lifecycle", async (string projectId, IProjectRepository projects, IWorkflowSignals signals, CancellationToken ct) =>
        {
            if (await projects.FindAsync(projectId, ct) is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"找不到项目 {projectId} (project not found)");
            }

            await signals.StartLifecycleAsync(projectId, ct);
            return Results.Accepted($"/api/ops/projects/{Uri.EscapeDataString(projectId)}/audit");
        });
        ops.MapGet("/projects/{projectId}/lifecycle", async (string projectId, DurableTaskClient client, WorkflowOptions workflow, CancellationToken ct) =>
            await new LifecycleStatusReader(client, workflow).ReadAsync(projectId, ct) is { } i
                ? Results.Ok(new { runtimeStatus = i.RuntimeStatus.ToString(), output = i.SerializedOutput, customStatus = i.SerializedCustomStatus })
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"项目 {projectId} 没有流程实例 (no lifecycle instance)"));
        ops.MapGet("/projects/{projectId}/audit", async (string projectId, IProjectRepository projects, CancellationToken ct) =>
            Results.Ok(await projects.GetAuditTrailAsync(projectId, ct)));
        ops.MapGet("/routes", (EndpointDataSource endpoints) => Results.Ok(endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.StartsWith("/api/ops/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => new { method = m, path = e.RoutePattern.RawText }))
            .OrderBy(r => r.path, StringComparer.Ordinal).ThenBy(r => r.method, StringComparer.Ordinal)));
        ops.MapPost("/digest", async (XjKeji.App.Digest.OfficerDigest digest, CancellationToken ct) => Results.Ok(new { rows = await digest.SendAsync(ct) }));
        ops.MapPost("/review-reminders", async (XjKeji.App.Digest.ExpertReviewReminders reminders, CancellationToken ct) => Results.Ok(await reminders.SendAsync(ct)));
        ops.MapGet("/outbox", async (string? projectId, IEmailLog outbox, CancellationToken ct) =>
            Results.Ok(await outbox.ListAsync(projectId, ct)));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage or the workflow backend unavailable while serving {Path}; answered 503.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string path);
}
