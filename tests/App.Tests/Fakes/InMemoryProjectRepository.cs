using System.Collections.Concurrent;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Tests.Fakes;

/// <summary>An in-memory repository with the same ETag and atomic-audit semantics as the Table adapter.</summary>
internal sealed class InMemoryProjectRepository : IProjectRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ProjectSnapshot Snapshot, string ETag)> _rows = [];
    private readonly Dictionary<string, List<AuditEntry>> _audit = [];
    private int _version;

    public ConcurrentBag<string> IndexRefreshes { get; } = [];

    public Task<VersionedProject?> FindAsync(string projectId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(projectId, out var row) ? new VersionedProject(Project.Rehydrate(row.Snapshot), row.ETag) : null);
        }
    }

    public Task<string> CreateAsync(Project project, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_rows.ContainsKey(project.Id))
            {
                throw new ConcurrencyConflictException("project", project.Id);
            }

            return Task.FromResult(Write(project));
        }
    }

    public Task<string> SaveAsync(Project project, string etag, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(project.Id, out var row) || row.ETag != etag)
            {
                throw new ConcurrencyConflictException("project", project.Id);
            }

            return Task.FromResult(Write(project));
        }
    }

    public Task RefreshIndexAsync(Project project, CancellationToken cancellationToken = default)
    {
        IndexRefreshes.Add(project.Id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string projectId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>(_audit.TryGetValue(projectId, out var list) ? [.. list] : []);
        }
    }

    public Task<IReadOnlyList<ProjectSummary>> ListByProgramYearAsync(int programYear, ProgramCode program, ProjectStage? stage = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Summaries(p => p.ProgramYear == programYear && p.Program == program && (stage is null || p.Stage == stage)));

    public Task<IReadOnlyList<ProjectSummary>> ListByInstitutionAsync(string institutionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Summaries(p => p.InstitutionId == institutionId));

    private IReadOnlyList<ProjectSummary> Summaries(Func<ProjectSummary, bool> filter)
    {
        lock (_gate)
        {
            return [.. _rows.Values.Select(r => ProjectSummary.Of(Project.Rehydrate(r.Snapshot))).Where(filter)];
        }
    }

    private string Write(Project project)
    {
        var list = _audit.TryGetValue(project.Id, out var existing) ? existing : _audit[project.Id] = [];
        foreach (var entry in project.PendingAudit)
        {
            if (entry.Sequence != list.Count + 1)
            {
                throw new ConcurrencyConflictException("audit", $"{project.Id}#{entry.Sequence}");
            }

            list.Add(entry);
        }

        var etag = $"W/\"{Interlocked.Increment(ref _version)}\"";
        _rows[project.Id] = (project.ToSnapshot(), etag);
        project.MarkAuditStored();
        return etag;
    }
}
