using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;

namespace XjKeji.App.Http.Handlers;

/// <summary>Evidence routes: upload slots (the file itself goes straight to Blob storage), lists, manifests, download links.</summary>
public sealed class EvidenceHandlers
{
    private readonly EvidenceUploadService _uploads;
    private readonly EvidenceQueries _queries;

    /// <summary>Creates the handlers.</summary>
    public EvidenceHandlers(EvidenceUploadService uploads, EvidenceQueries queries)
    {
        _uploads = uploads ?? throw new ArgumentNullException(nameof(uploads));
        _queries = queries ?? throw new ArgumentNullException(nameof(queries));
    }

    /// <summary>POST applicant/projects/{projectId}/evidence-slots: a short-lived write-only URL for one file.</summary>
    public async Task<ApiResult> RequestSlotAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<EvidenceSlotRequest>();
        var slot = await _uploads.RequestSlotAsync(new UploadSlotRequest(call.RouteValue("projectId"), body.Kind, body.FileName, body.SizeBytes), call.Caller, call.Aborted);
        return new ApiResult(201, slot);
    }

    /// <summary>GET projects/{projectId}/evidence: every file recorded for the project.</summary>
    public async Task<ApiResult> ListAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await _queries.ListAsync(call.RouteValue("projectId"), call.Caller, call.Aborted));
    }

    /// <summary>GET projects/{projectId}/evidence-manifest?format=json|csv: the files with their SHA-256, for offline verification.</summary>
    public async Task<ApiResult> ManifestAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.RouteValue("projectId");
        var records = await _queries.ListAsync(id, call.Caller, call.Aborted);
        return call.Query("format") switch
        {
            null or "json" => ApiResult.Ok(new RawJson(EvidenceManifest.ToJson(id, records))),
            "csv" => ApiResult.Ok(new FileBody("text/csv; charset=utf-8", EvidenceManifest.ToCsvBytes(records))),
            var other => throw new BadQueryException("format", other),
        };
    }

    /// <summary>GET officer/projects/{projectId}/evidence-download?blob=…: a short-lived read URL for one file.</summary>
    public async Task<ApiResult> DownloadAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var blob = call.Query("blob") ?? throw new BadQueryException("blob", string.Empty);
        var uri = await _queries.CreateDownloadUriAsync(call.RouteValue("projectId"), blob, call.Caller, call.Aborted);
        return ApiResult.Ok(new EvidenceDownload(uri));
    }
}

/// <summary>Asks for an upload slot.</summary>
/// <param name="Kind">What the file is.</param>
/// <param name="FileName">The file's name (Chinese allowed).</param>
/// <param name="SizeBytes">Its size, checked against the kind's limit before any upload.</param>
public sealed record EvidenceSlotRequest(EvidenceKind Kind, string FileName, long SizeBytes);

/// <summary>A read link.</summary>
/// <param name="Url">The short-lived read-only URL.</param>
public sealed record EvidenceDownload(Uri Url);
