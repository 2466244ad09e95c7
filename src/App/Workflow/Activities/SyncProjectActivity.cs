using Microsoft.DurableTask;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Workflow.Activities;

/// <summary>
/// Reads where a project stands, and repairs its list indexes on the way (a crash between a handler's project write and
/// its index write would otherwise leave a list stale until the next change).
/// </summary>
public sealed class SyncProjectActivity : TaskActivity<string, StageView>
{
    private readonly IProjectRepository _projects;
    private readonly ICreditEventLog _credit;

    /// <summary>Creates the activity.</summary>
    public SyncProjectActivity(IProjectRepository projects, ICreditEventLog credit)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
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
        foreach (var e in CreditFromAudit.Events(project, await _projects.GetAuditTrailAsync(project.Id)))
        {
            await _credit.RecordAsync(e);
        }
        return new StageView(project.Stage, project.StageEnteredAtSequence, project.IsTerminal);
    }
}
