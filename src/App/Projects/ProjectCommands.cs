using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Projects;

/// <summary>
/// The one way a human step changes a project: read it, check the caller's ETag, let the Domain decide, write the project
/// and its audit entries atomically, then signal the workflow. Table storage is written first, so a signal that fails
/// after a successful write loses nothing: the lifecycle re-reads the project on its next wake-up.
/// </summary>
public sealed class ProjectCommands
{
    private readonly IProjectRepository _projects;
    private readonly ICallRepository _calls;
    private readonly IWorkflowSignals _signals;
    private readonly IBusinessClock _clock;
    private readonly SignalPlanner? _planner;

    /// <summary>Creates the service.</summary>
    /// <param name="projects">Where projects are stored.</param>
    /// <param name="calls">Where calls are stored.</param>
    /// <param name="signals">How lifecycles are started and told of changes.</param>
    /// <param name="clock">Business time.</param>
    /// <param name="planner">Makes the plan each change signal carries (workflow version 4); without one, signals carry none and lifecycles plan in their activity.</param>
    public ProjectCommands(IProjectRepository projects, ICallRepository calls, IWorkflowSignals signals, IBusinessClock clock, SignalPlanner? planner = null)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _calls = calls ?? throw new ArgumentNullException(nameof(calls));
        _signals = signals ?? throw new ArgumentNullException(nameof(signals));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _planner = planner;
    }

    /// <summary>Creates a draft application in an existing call.</summary>
    public async Task<VersionedProject> CreateDraftAsync(string projectId, string callId, ApplicationForm form, Actor actor, CancellationToken cancellationToken = default)
    {
        var call = await _calls.FindAsync(callId, cancellationToken) ?? throw new NotFoundException("申报指南 (call)", callId);
        var project = Project.CreateDraft(projectId, call, form, actor, _clock.Now);
        var etag = await _projects.CreateAsync(project, cancellationToken);
        return new VersionedProject(project, etag);
    }

    /// <summary>
    /// Submits a draft and starts its lifecycle; <paramref name="guard"/> may refuse it first (e.g. a credit block). The
    /// same caller submitting again before anything else happened to the project gets the project as it is, and its
    /// lifecycle started if it was not: that is the retry of a submission whose answer was lost or was 503.
    /// </summary>
    public async Task<VersionedProject> SubmitAsync(string projectId, string? ifMatch, Actor actor, CancellationToken cancellationToken = default, Func<Project, CancellationToken, Task>? guard = null)
    {
        var found = await LoadAsync(projectId, ifMatch, actor, cancellationToken);
        if (found.Project.Stage != ProjectStage.Draft)
        {
            // Submitted already. If that submission's process died between its write and the lifecycle's start, or its
            // start was not confirmed in time (answered 503), this retry is the only thing left that can start it;
            // starting is idempotent.
            await _signals.StartLifecycleAsync(projectId, cancellationToken);
            var trail = await _projects.GetAuditTrailAsync(projectId, cancellationToken);
            if (found.Project.IsRepeatOfLastSubmission(actor, trail.Count > 0 ? trail[^1] : null))
            {
                // The caller's own submission, and nothing since: the retry gets the answer the first attempt should
                // have had. Anything else (another applicant's submission, a later step) the Domain refuses with 409.
                return found;
            }
        }

        // The guard's reads and the call's run at once: both sit on every submission of the deadline rush.
        var callReading = _calls.FindAsync(found.Project.CallId, cancellationToken);
        if (guard is not null)
        {
            await guard(found.Project, cancellationToken);
        }

        var call = await callReading ?? throw new NotFoundException("申报指南 (call)", found.Project.CallId);
        var draft = StageView.Of(found.Project);
        var saved = await ApplyAsync(found, p => p.Submit(actor, _clock.Now, call), cancellationToken);

        // This write took the project out of Draft under its ETag, so no other submission did, and no lifecycle exists.
        var submitted = _planner is null ? null : await _planner.SignalAsync(draft, saved.Project, cancellationToken);
        await _signals.StartNewLifecycleAsync(projectId, submitted, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Applies any other action by <paramref name="actor"/>: <paramref name="act"/> receives the project and the business
    /// time and calls the Domain. <paramref name="guard"/>, when given, sees the project after the caller's access and
    /// ETag are checked and may refuse the step (by throwing) before anything changes.
    /// </summary>
    public async Task<VersionedProject> ExecuteAsync(string projectId, string? ifMatch, Actor actor, Action<Project, DateTimeOffset> act, CancellationToken cancellationToken = default, Func<Project, CancellationToken, Task>? guard = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        var found = await LoadAsync(projectId, ifMatch, actor, cancellationToken);
        if (guard is not null)
        {
            await guard(found.Project, cancellationToken);
        }

        return await ApplyAsync(found, p => act(p, _clock.Now), cancellationToken);
    }

    /// <summary>
    /// Reads a project the actor may see, or throws <see cref="NotFoundException"/>: an applicant of another institution
    /// is told the project does not exist, before any stage or role check could reveal that it does.
    /// </summary>
    public async Task<VersionedProject> GetAsync(string projectId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await _projects.FindAsync(projectId, cancellationToken);
        return found is null || !found.Project.IsVisibleTo(actor)
            ? throw new NotFoundException("项目 (project)", projectId)
            : found;
    }

    private async Task<VersionedProject> LoadAsync(string projectId, string? ifMatch, Actor actor, CancellationToken cancellationToken)
    {
        var found = await GetAsync(projectId, actor, cancellationToken);
        if (ifMatch is not null && ifMatch != "*" && ifMatch != found.ETag)
        {
            throw new ConcurrencyConflictException("项目 (project)", projectId);
        }

        return found;
    }

    private async Task<VersionedProject> ApplyAsync(VersionedProject found, Action<Project> act, CancellationToken cancellationToken)
    {
        var project = found.Project;
        var before = StageView.Of(project);
        act(project);
        var etag = await _projects.SaveAsync(project, found.ETag, cancellationToken);
        if (before.Stage != ProjectStage.Draft)
        {
            var change = _planner is null ? new ProjectChanged(project.AuditSequence) : await _planner.SignalAsync(before, project, cancellationToken);
            await _signals.ProjectChangedAsync(project.Id, change, cancellationToken);
        }

        return new VersionedProject(project, etag);
    }
}
