using XjKeji.Domain.Common;
using XjKeji.Domain.Evidence;

namespace XjKeji.App.Evidence;

/// <summary>
/// Processes an uploaded evidence blob (from a blob trigger or a queue): streams it once through SHA-256 keeping only
/// its first bytes for type sniffing, checks type and size against its kind, looks the hash up across all projects,
/// and records the result once. Safe to run twice for one blob: the second run changes nothing.
/// </summary>
public sealed class EvidenceProcessor
{
    private readonly IEvidenceRepository _evidence;
    private readonly IEvidenceBlobStore _blobs;
    private readonly EvidenceRules _rules;
    private readonly TimeProvider _time;

    /// <summary>Creates the processor.</summary>
    public EvidenceProcessor(IEvidenceRepository evidence, IEvidenceBlobStore blobs, EvidenceRules rules, TimeProvider time)
    {
        _evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        _blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Processes one blob by name.</summary>
    public async Task<EvidenceProcessingOutcome> ProcessAsync(string blobName, CancellationToken cancellationToken = default)
    {
        if (!EvidenceBlobName.TryParse(blobName, out var name))
        {
            return new(EvidenceProcessingResult.Ignored, null, new BilingualText("不是佐证材料的文件名格式", "Not an evidence blob name"));
        }

        var slot = await _evidence.FindAsync(name.ProjectId, blobName, cancellationToken).ConfigureAwait(false);
        if (slot is null)
        {
            // Uploads need a link we issued with a reserved record; a blob without one did not come through the portal.
            return new(EvidenceProcessingResult.Ignored, null, new BilingualText("没有对应的上传记录", "No upload slot was issued for this blob"));
        }

        if (slot.Status != EvidenceStatus.Pending)
        {
            return new(EvidenceProcessingResult.AlreadyProcessed, slot);
        }

        ContentScan scan;
        var stream = await _blobs.OpenReadAsync(blobName, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            scan = await ContentScan.ReadAsync(stream, FileTypeSniffer.HeadLength, cancellationToken).ConfigureAwait(false);
        }

        var detected = FileTypeSniffer.Sniff(scan.Head.Span, scan.SizeBytes);
        var problem = _rules.Check(slot.Kind, detected, scan.SizeBytes);
        var record = slot with
        {
            Status = problem is null ? EvidenceStatus.Accepted : EvidenceStatus.Rejected,
            Sha256 = scan.Sha256,
            SizeBytes = scan.SizeBytes,
            DetectedType = detected,
            ProcessedAt = _time.GetUtcNow(),
            RejectionReason = problem?.Message,
        };

        if (problem is null)
        {
            var earlier = (await _evidence.FindByHashAsync(scan.Sha256, cancellationToken).ConfigureAwait(false))
                .Where(e => e.BlobName != blobName).ToList();
            record = record with
            {
                DuplicateOf = [.. earlier.Select(e => e.BlobName)],
                DuplicateAcrossInstitutions = earlier.Any(e => e.InstitutionId != slot.InstitutionId),
            };
        }

        if (!await _evidence.RecordAsync(record, cancellationToken).ConfigureAwait(false))
        {
            // Another run recorded it between our read and our write: report the record that won.
            var stored = await _evidence.FindAsync(name.ProjectId, blobName, cancellationToken).ConfigureAwait(false);
            return new(EvidenceProcessingResult.AlreadyProcessed, stored);
        }

        return problem is null
            ? new(EvidenceProcessingResult.Accepted, record)
            : new(EvidenceProcessingResult.Rejected, record, problem.Message);
    }
}
