using XjKeji.App.Projects;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Evidence;

/// <summary>
/// Issues upload slots: checks who asks, for which project and what kind and size of file, reserves the evidence record
/// (so the processor later knows kind, stage and uploader), and returns a write-only link for one new blob. The file
/// itself goes from the browser to storage and never through our hosts.
/// </summary>
public sealed class EvidenceUploadService
{
    private readonly IProjectRepository _projects;
    private readonly IEvidenceRepository _evidence;
    private readonly IEvidenceBlobStore _blobs;
    private readonly EvidenceRules _rules;
    private readonly EvidenceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public EvidenceUploadService(IProjectRepository projects, IEvidenceRepository evidence, IEvidenceBlobStore blobs, EvidenceRules rules, EvidenceOptions options, TimeProvider time)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        _blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Validates the request and issues the slot for the project's current stage.</summary>
    /// <exception cref="NotFoundException">No such project, or an applicant of another institution asks.</exception>
    /// <exception cref="DomainValidationException">The role, stage, kind, name or size is not acceptable.</exception>
    public async Task<UploadSlot> RequestSlotAsync(UploadSlotRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var found = await _projects.FindAsync(request.ProjectId, cancellationToken);
        if (found is null || !found.Project.IsVisibleTo(actor))
        {
            // Same answer as for a missing project, so applicants cannot probe other institutions' project ids.
            throw new NotFoundException("项目 (project)", request.ProjectId);
        }

        var project = found.Project;
        Validate(request, actor, project).ThrowIfInvalid();

        var name = new EvidenceBlobName(project.Id, project.Stage, Guid.NewGuid(), EvidenceBlobName.SafeFileName(request.FileName));
        var now = _time.GetUtcNow();
        // The blob name carries a safe form of the file name; the record keeps what the applicant called it, for people.
        var displayName = new string(request.FileName.Replace('\\', '/').Split('/')[^1].Trim().Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsControl(c)).ToArray());
        await _evidence.ReserveAsync(new EvidenceRecord(project.Id, name.ToString(), displayName, request.Kind, project.Stage, project.InstitutionId,
            actor.Id, actor.DisplayName, now), cancellationToken);
        var expiresAt = now.AddMinutes(_options.UploadLinkMinutes);
        var uri = await _blobs.CreateUploadUriAsync(name.ToString(), expiresAt, cancellationToken);
        return new UploadSlot(name.ToString(), uri, expiresAt, project.Stage);
    }

    private ValidationResult Validate(UploadSlotRequest request, Actor actor, Project project)
    {
        var r = new ValidationResult();
        if (actor.Role is not (Role.Applicant or Role.Officer))
        {
            r.Add("actor", "role-not-allowed", "只有申报人和计划处可以上传佐证材料", "Only applicants and program officers may upload evidence");
        }

        if (LifecycleRules.TerminalStages.Contains(project.Stage))
        {
            r.Add("projectId", "project-closed", "项目已结束，不能再上传佐证材料", "The project has ended; no more evidence can be uploaded");
        }

        if (project.Id.Contains('/', StringComparison.Ordinal))
        {
            r.Add("projectId", "invalid", "项目编号不能包含“/”", "The project id may not contain '/'");
        }

        var rule = Enum.IsDefined(request.Kind) ? _rules.For(request.Kind) : null;
        if (rule is null)
        {
            r.Add("kind", "unknown", "未知或不接受的材料类别", "Unknown or unaccepted evidence kind");
        }
        else if (request.SizeBytes <= 0)
        {
            r.Add("sizeBytes", "empty", "文件为空", "The file is empty");
        }
        else if (_rules.CheckSize(request.Kind, request.SizeBytes) is { } tooLarge)
        {
            // The real size is checked again when the file is processed; this only spares a pointless upload.
            r.Add(tooLarge with { Field = "sizeBytes" });
        }

        if (string.IsNullOrWhiteSpace(request.FileName))
        {
            r.Add("fileName", "required", "必须提供文件名", "The file name is required");
        }

        return r;
    }
}
