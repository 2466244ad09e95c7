using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Handlers;

/// <summary>Routes anyone may call: the publicity list and objections.</summary>
public sealed class PublicHandlers
{
    private readonly ProjectCommands _commands;
    private readonly IProjectRepository _projects;
    private readonly DeadlinePolicy _policy;
    private readonly IBusinessClock _clock;

    /// <summary>Creates the handlers.</summary>
    public PublicHandlers(ProjectCommands commands, IProjectRepository projects, DeadlinePolicy policy, IBusinessClock clock)
    {
        _commands = commands ?? throw new ArgumentNullException(nameof(commands));
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>GET public/publicity?year: projects on publicity now, with only what a notice shows.</summary>
    public async Task<ApiResult> PublicityAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var year = ApiQuery.Int(call, "year") ?? _clock.Now.Year;
        var notices = new List<PublicityNotice>();
        foreach (var program in Enum.GetValues<ProgramCode>())
        {
            foreach (var summary in await _projects.ListByProgramYearAsync(year, program, ProjectStage.Publicity, call.Aborted))
            {
                if (await _projects.FindAsync(summary.ProjectId, call.Aborted) is { Project.Stage: ProjectStage.Publicity } found)
                {
                    notices.Add(PublicityNotice.Of(found.Project));
                }
            }
        }

        return ApiResult.Ok(notices);
    }

    /// <summary>
    /// POST public/projects/{projectId}/objections: file an objection (anyone, within the period). The answer is a
    /// receipt, not the project: the public sees no more than the notice.
    /// </summary>
    public async Task<ApiResult> ObjectAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<ObjectionRequest>();
        var id = $"O-{Guid.NewGuid():N}"[..12];
        Objection? filed = null;

        // Objections concern only projects on publicity; for any other stage the Domain refuses with a 409.
        await _commands.ExecuteAsync(call.RouteValue("projectId"), null, call.Caller,
            (p, at) => filed = p.RaiseObjection(call.Caller, at, id, body.FiledBy, body.Contact, body.Text, _policy.Regulations.ObjectionRules), call.Aborted);
        return new ApiResult(201, new ObjectionReceipt(filed!.Id, filed.Status, filed.FiledAt));
    }
}

/// <summary>What someone who filed an objection gets back.</summary>
/// <param name="ObjectionId">Reference of the objection.</param>
/// <param name="Status">Open (held for handling) or RecordedAnonymous (recorded, not handled).</param>
/// <param name="FiledAt">When it was recorded.</param>
public sealed record ObjectionReceipt(string ObjectionId, ObjectionStatus Status, DateTimeOffset FiledAt);
