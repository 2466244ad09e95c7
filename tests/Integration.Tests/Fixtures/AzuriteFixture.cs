using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>
/// One in-memory Azurite on free loopback ports for a test collection, stopped by its PID when the collection ends.
/// Tests sharing it keep apart by naming their own tables, containers and task hubs.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The running emulator.</summary>
    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>Connection string with explicit endpoints on this emulator's ports.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions());

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
