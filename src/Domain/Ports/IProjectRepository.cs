using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Ports;

/// <summary>
/// Stores projects and their append-only audit trails. A save writes the project and its <see cref="Project.PendingAudit"/>
/// atomically, guarded by the ETag the project was read with: a stale ETag raises <see cref="ConcurrencyConflictException"/>
/// and writes nothing.
/// </summary>
public interface IProjectRepository
{
    /// <summary>The project with its current ETag, or null when there is none with that id.</summary>
    Task<VersionedProject?> FindAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new project. Throws <see cref="ConcurrencyConflictException"/> when the id is taken.</summary>
    /// <returns>The new ETag.</returns>
    Task<string> CreateAsync(Project project, CancellationToken cancellationToken = default);

    /// <summary>Stores the project and its pending audit entries if <paramref name="etag"/> is still current.</summary>
    /// <returns>The new ETag.</returns>
    Task<string> SaveAsync(Project project, string etag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Brings the list indexes up to the project's state. Saves update them too, but in a second write that a crash can
    /// miss; the workflow calls this at each stage to repair such a gap. An older state never overwrites a newer one.
    /// </summary>
    Task RefreshIndexAsync(Project project, CancellationToken cancellationToken = default);

    /// <summary>The project's audit trail in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Summaries of a program year's projects, optionally only those in one stage.</summary>
    Task<IReadOnlyList<ProjectSummary>> ListByProgramYearAsync(int programYear, ProgramCode program, ProjectStage? stage = null, CancellationToken cancellationToken = default);

    /// <summary>Summaries of an institution's projects.</summary>
    Task<IReadOnlyList<ProjectSummary>> ListByInstitutionAsync(string institutionId, CancellationToken cancellationToken = default);
}

/// <summary>A project as read, with the ETag to save it back with.</summary>
/// <param name="Project">The project.</param>
/// <param name="ETag">Its storage version.</param>
public sealed record VersionedProject(Project Project, string ETag);
