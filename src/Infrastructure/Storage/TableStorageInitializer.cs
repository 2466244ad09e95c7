using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Creates the tables once when the host starts, so no request pays for (or races on) table creation.</summary>
public sealed class TableStorageInitializer : IHostedService
{
    private readonly TableServiceClient _service;
    private readonly TableNames _names;

    /// <summary>Creates the initializer.</summary>
    public TableStorageInitializer(TableServiceClient service, TableNames names)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _names = names ?? throw new ArgumentNullException(nameof(names));
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in _names.All)
        {
            await _service.CreateTableIfNotExistsAsync(name, cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
