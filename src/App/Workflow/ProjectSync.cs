using XjKeji.App.Notifications;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow;

/// <summary>
/// Carries out what a project's stored state implies beyond the project row: its list indexes are repaired (a crash
/// between a handler's project write and its index write would otherwise leave a list stale until the next change), the
/// officers' decisions in the audit trail get their credit events, and the satisfaction survey emails go out. Safe to
/// run any number of times: event keys and email deduplication keys name their audit entries.
/// </summary>
public sealed class ProjectSync
{
    private readonly IProjectRepository _projects;
    private readonly ICreditEventLog _credit;
    private readonly IEmailSender _email;
    private readonly WorkflowOptions _options;

    /// <summary>Creates the sync.</summary>
    public ProjectSync(IProjectRepository projects, ICreditEventLog credit, IEmailSender email, WorkflowOptions options)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _email = email ?? throw new ArgumentNullException(nameof(email));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>What a lifecycle sees of a project that no longer exists: it ends, as withdrawn, rather than wait forever.</summary>
    public static StageView Missing { get; } = new(ProjectStage.Withdrawn, 0, IsTerminal: true);

    /// <summary>Syncs the stored <paramref name="project"/> and returns where it stands; <see cref="Missing"/> when it no longer exists (null).</summary>
    public async Task<StageView> SyncAsync(Project? project, CancellationToken cancellationToken = default)
    {
        if (project is null)
        {
            return Missing;
        }

        await _projects.RefreshIndexAsync(project, cancellationToken);

        // Officer decisions with credit consequences (upheld objection, failed acceptance, termination for cause, all
        // indicators met) are recorded here, durably: the calling activity is retried until it succeeds, and event keys
        // name their audit entries, so a replay records nothing twice.
        var (credit, surveys) = ConsequencesOf(project, await _projects.GetAuditTrailAsync(project.Id, cancellationToken));
        foreach (var e in credit)
        {
            await _credit.RecordAsync(e, cancellationToken);
        }

        // The satisfaction survey after each funding and acceptance decision, the same way: keyed by audit entry and
        // respondent, so a retried activity or a later sync finds the email already in the outbox and sends nothing.
        foreach (var mail in surveys)
        {
            await _email.SendAsync(mail, cancellationToken);
        }

        return StageView.Of(project);
    }

    /// <summary>
    /// Whether the audit entries of <paramref name="project"/> after <paramref name="sequence"/> hold a decision with
    /// consequences (a credit event, a survey email): what <see cref="SyncAsync"/> would carry out for them. A lifecycle
    /// syncs each time it sees the project leave a visit, so the entries up to the visit's start are carried out already.
    /// </summary>
    public async Task<bool> HasDecisionsAfterAsync(Project project, int sequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var trail = await _projects.GetAuditTrailAsync(project.Id, cancellationToken);
        var (credit, surveys) = ConsequencesOf(project, [.. trail.Where(e => e.Sequence > sequence)]);
        return credit.Count > 0 || surveys.Count > 0;
    }

    // What the decisions in `entries` imply beyond the project row; the one list both the sync and the planner's check use.
    private (IReadOnlyList<CreditEvent> Credit, IReadOnlyList<EmailMessage> Surveys) ConsequencesOf(Project project, IReadOnlyList<AuditEntry> entries) =>
        (CreditFromAudit.Events(project, entries), SurveyEmails.For(project, entries, _options));
}
