using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Creates the tables (and the evidence container) once when the host starts, so no request pays for, or races on, their creation.</summary>
public sealed class TableStorageInitializer : IHostedService
{
    private readonly TableServiceClient _service;
    private readonly TableNames _names;
    private readonly Blobs.BlobEvidenceStore? _evidence;

    /// <summary>Creates the initializer; the evidence container is created too when an evidence store is given.</summary>
    public TableStorageInitializer(TableServiceClient service, TableNames names, Blobs.BlobEvidenceStore? evidence = null)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _evidence = evidence;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in _names.All)
        {
            await _service.CreateTableIfNotExistsAsync(name, cancellationToken);
        }

        if (_evidence is not null)
        {
            await _evidence.CreateContainerAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
