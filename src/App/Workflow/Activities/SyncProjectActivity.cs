using Microsoft.DurableTask;
using XjKeji.App.Notifications;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow.Activities;

/// <summary>
/// Reads where a project stands, and repairs its list indexes on the way (a crash between a handler's project write and
/// its index write would otherwise leave a list stale until the next change). It also carries out what the officers'
/// decisions in the audit trail imply: their credit events and the satisfaction survey emails.
/// </summary>
public sealed class SyncProjectActivity : TaskActivity<string, StageView>
{
    private readonly IProjectRepository _projects;
    private readonly ICreditEventLog _credit;
    private readonly IEmailSender _email;
    private readonly WorkflowOptions _options;

    /// <summary>Creates the activity.</summary>
    public SyncProjectActivity(IProjectRepository projects, ICreditEventLog credit, IEmailSender email, WorkflowOptions options)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _email = email ?? throw new ArgumentNullException(nameof(email));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc />
    public override async Task<StageView> RunAsync(TaskActivityContext context, string input)
    {
        var found = await _projects.FindAsync(input);
        if (found is null)
        {
            // A lifecycle without its project cannot continue; ending it as withdrawn keeps it from waiting forever.
            return new StageView(ProjectStage.Withdrawn, 0, IsTerminal: true);
        }

        var project = found.Project;
        await _projects.RefreshIndexAsync(project);

        // Officer decisions with credit consequences (upheld objection, failed acceptance, termination for cause, all
        // indicators met) are recorded here, durably: the activity is retried until it succeeds, and event keys name
        // their audit entries, so a replay records nothing twice.
        var trail = await _projects.GetAuditTrailAsync(project.Id);
        foreach (var e in CreditFromAudit.Events(project, trail))
        {
            await _credit.RecordAsync(e);
        }

        // The satisfaction survey after each funding and acceptance decision, the same way: keyed by audit entry and
        // respondent, so a retried activity or a later sync finds the email already in the outbox and sends nothing.
        foreach (var mail in SurveyEmails.For(project, trail, _options))
        {
            await _email.SendAsync(mail);
        }

        return new StageView(project.Stage, project.StageEnteredAtSequence, project.IsTerminal);
    }
}
