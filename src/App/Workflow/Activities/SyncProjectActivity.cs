using Microsoft.DurableTask;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Workflow.Activities;

/// <summary>
/// Reads where a project stands and carries out what its stored state implies (<see cref="ProjectSync"/>: list indexes,
/// credit events, survey emails).
/// </summary>
public sealed class SyncProjectActivity : TaskActivity<string, StageView>
{
    private readonly IProjectRepository _projects;
    private readonly ProjectSync _sync;

    /// <summary>Creates the activity.</summary>
    public SyncProjectActivity(IProjectRepository projects, ProjectSync sync)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _sync = sync ?? throw new ArgumentNullException(nameof(sync));
    }

    /// <inheritdoc />
    public override async Task<StageView> RunAsync(TaskActivityContext context, string input) =>
        await _sync.SyncAsync((await _projects.FindAsync(input))?.Project);
}
