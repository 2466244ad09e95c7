namespace XjKeji.Domain.Evidence;

/// <summary>
/// Where evidence files live. Files never pass through our hosts: the browser uploads straight to storage with a
/// short-lived write-only link for one blob, and officers download with a short-lived read-only link.
/// </summary>
public interface IEvidenceBlobStore
{
    /// <summary>A link that allows creating and writing exactly this blob (not reading it) until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadUriAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>A link that allows reading exactly this blob until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateReadUriAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for sequential reading; the stream fetches it in chunks, never whole.</summary>
    /// <exception cref="FileNotFoundException">No such blob.</exception>
    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken = default);
}
