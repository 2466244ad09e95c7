using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using XjKeji.Domain.Evidence;

namespace XjKeji.Infrastructure.Blobs;

/// <summary>
/// Evidence files in the blob container <c>evidence</c> (private). Links are SAS for one blob. With an account key
/// (Azurite, or a connection string) they are signed with it; with a token credential (managed identity in Azure, where
/// the Bicep allows no account keys) they are signed with a user delegation key, fetched once and reused while valid.
/// </summary>
public sealed class BlobEvidenceStore : IEvidenceBlobStore, IDisposable
{
    /// <summary>The default container name.</summary>
    public const string DefaultContainerName = "evidence";

    // Read in chunks of this size: the processor's memory stays flat whatever the file size.
    private const int ReadChunkBytes = 1024 * 1024;

    // Clocks of the caller and the storage service differ a little: a link starting exactly now might not work yet.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // A delegation key may live up to 7 days; one day keeps the number of key requests negligible.
    private static readonly TimeSpan DelegationKeyLifetime = TimeSpan.FromDays(1);

    private readonly BlobServiceClient _service;
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _keyLock = new(1, 1);
    private UserDelegationKey? _delegationKey;

    /// <summary>Creates the store.</summary>
    public BlobEvidenceStore(BlobServiceClient service, TimeProvider time, string containerName = DefaultContainerName)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _container = service.GetBlobContainerClient(containerName);
    }

    /// <summary>Creates the container if it does not exist (private: no anonymous access).</summary>
    public async Task CreateContainerAsync(CancellationToken cancellationToken = default) =>
        await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <remarks>
    /// Create only, not Write: the link can make the blob but not overwrite it once it exists, so a file cannot be
    /// swapped for another after it was processed and accepted.
    /// </remarks>
    public Task<Uri> CreateUploadUriAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        CreateSasUriAsync(blobName, BlobSasPermissions.Create, expiresAt, cancellationToken);

    /// <inheritdoc />
    public Task<Uri> CreateReadUriAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        CreateSasUriAsync(blobName, BlobSasPermissions.Read, expiresAt, cancellationToken);

    /// <inheritdoc />
    public async Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            // allowModifications: false pins the blob's ETag, so a read never mixes two versions of the file.
            var options = new BlobOpenReadOptions(allowModifications: false) { BufferSize = ReadChunkBytes };
            return await _container.GetBlobClient(blobName).OpenReadAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new FileNotFoundException($"Evidence blob {blobName} does not exist.", blobName, ex);
        }
    }

    /// <inheritdoc />
    /// <summary>Every blob name in the container (LocalHost's watcher stands in for the Event Grid trigger with this).</summary>
    public async IAsyncEnumerable<string> ListBlobNamesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return item.Name;
        }
    }

    public void Dispose() => _keyLock.Dispose();

    private async Task<Uri> CreateSasUriAsync(string blobName, BlobSasPermissions permissions, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var blob = _container.GetBlobClient(blobName);
        var now = _time.GetUtcNow();
        var builder = new BlobSasBuilder(permissions, expiresAt)
        {
            BlobContainerName = _container.Name,
            BlobName = blobName,
            Resource = "b",
            StartsOn = (expiresAt < now ? expiresAt : now) - ClockSkew,
        };

        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(builder);
        }

        var key = await DelegationKeyAsync(expiresAt, cancellationToken).ConfigureAwait(false);
        return new BlobUriBuilder(blob.Uri) { Sas = builder.ToSasQueryParameters(key, _service.AccountName) }.ToUri();
    }

    private async Task<UserDelegationKey> DelegationKeyAsync(DateTimeOffset coversUntil, CancellationToken cancellationToken)
    {
        await _keyLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_delegationKey is null || _delegationKey.SignedExpiresOn < coversUntil)
            {
                var now = _time.GetUtcNow();
                var until = coversUntil > now + DelegationKeyLifetime ? coversUntil : now + DelegationKeyLifetime;
                _delegationKey = (await _service.GetUserDelegationKeyAsync(now - ClockSkew, until, cancellationToken).ConfigureAwait(false)).Value;
            }

            return _delegationKey;
        }
        finally
        {
            _keyLock.Release();
        }
    }
}
