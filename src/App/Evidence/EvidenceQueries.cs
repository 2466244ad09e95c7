using XjKeji.App.Projects;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Evidence;

/// <summary>
/// Reading a project's evidence: the list and download links.
/// </summary>
public sealed class EvidenceQueries
{
    private readonly IProjectRepository _projects;
    private readonly IEvidenceRepository _evidence;
    private readonly IEvidenceBlobStore _blobs;
    private readonly EvidenceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the queries.</summary>
    public EvidenceQueries(IProjectRepository projects, IEvidenceRepository evidence, IEvidenceBlobStore blobs, EvidenceOptions options, TimeProvider time)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        _blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The project's evidence records, for the project's applicants and for officers.</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> ListAsync(string projectId, Actor actor, CancellationToken cancellationToken = default)
    {
        await AuthorizeAsync(projectId, actor, cancellationToken).ConfigureAwait(false);
        return await _evidence.ListByProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A short-lived read-only link to one accepted file, for officers only (they judge the evidence).</summary>
    /// <exception cref="NotFoundException">Not an officer, or no accepted file with that blob name in the project.</exception>
    public async Task<Uri> CreateDownloadUriAsync(string projectId, string blobName, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var record = actor.Role == Role.Officer ? await _evidence.FindAsync(projectId, blobName, cancellationToken).ConfigureAwait(false) : null;
        if (record is not { Status: EvidenceStatus.Accepted })
        {
            throw new NotFoundException("佐证材料 (evidence)", blobName);
        }

        return await _blobs.CreateReadUriAsync(blobName, _time.GetUtcNow().AddMinutes(_options.DownloadLinkMinutes), cancellationToken).ConfigureAwait(false);
    }

    private async Task AuthorizeAsync(string projectId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await _projects.FindAsync(projectId, cancellationToken).ConfigureAwait(false);
        var allowed = found is not null && actor.Role is Role.Officer or Role.Applicant && found.Project.IsVisibleTo(actor);
        if (!allowed)
        {
            throw new NotFoundException("项目 (project)", projectId);
        }
    }
}
