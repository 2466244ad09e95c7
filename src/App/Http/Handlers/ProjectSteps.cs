using XjKeji.App.Projects;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Handlers;

/// <summary>
/// The shape every step route shares, whoever takes the step: apply it through <see cref="ProjectCommands"/> with the
/// caller's If-Match, and answer with the project as the caller may see it and its new ETag.
/// </summary>
public sealed class ProjectSteps(ProjectCommands commands, DeadlinePolicy policy)
{
    /// <summary>
    /// Applies <paramref name="act"/> to the route's project and answers 200 with the project; <paramref name="guard"/>
    /// may refuse the step first (e.g. <see cref="Evidence.EvidenceGate"/>).
    /// </summary>
    public async Task<ApiResult> StepAsync(ApiCall call, Action<Project, DateTimeOffset> act, Func<Project, CancellationToken, Task>? guard = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        var saved = await commands.ExecuteAsync(call.RouteValue("projectId"), HttpETags.Unquote(call.IfMatch), call.Caller, act, call.Aborted, guard);
        return View(call, saved.Project, saved.ETag);
    }

    /// <summary>200 with the project as the caller may see it.</summary>
    public ApiResult View(ApiCall call, Project project, string etag)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(ProjectView.Of(project, policy, call.Caller.Role == Role.Officer), HttpETags.Quote(etag));
    }
}
