using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Evidence;

/// <summary>An applicant's (or officer's) request to upload one evidence file.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Kind">What the file is meant to prove.</param>
/// <param name="FileName">The file's name on the uploader's machine.</param>
/// <param name="SizeBytes">The size the browser reports; checked against the kind's limit before any byte is sent.</param>
public sealed record UploadSlotRequest(string ProjectId, EvidenceKind Kind, string FileName, long SizeBytes);

/// <summary>Where to PUT the file: a write-only link for this one blob, valid until <paramref name="ExpiresAt"/>.</summary>
/// <param name="BlobName">The blob name, the evidence id.</param>
/// <param name="UploadUri">The link (send <c>x-ms-blob-type: BlockBlob</c>).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="Stage">The stage the file is recorded for.</param>
public sealed record UploadSlot(string BlobName, Uri UploadUri, DateTimeOffset ExpiresAt, ProjectStage Stage);
