using Azure.Data.Tables;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>Tables of their own (a unique prefix) on the shared Azurite, created for one test.</summary>
internal sealed class StorageTestContext
{
    private StorageTestContext(TableServiceClient service, TableNames names)
    {
        Service = service;
        Names = names;
    }

    public TableServiceClient Service { get; }

    public TableNames Names { get; }

    public TableProjectRepository Projects => new(Service, Names);

    public static async Task<StorageTestContext> CreateAsync(AzuriteFixture azurite)
    {
        // As the hosts make it (StorageServiceCollectionExtensions): query pages of the report's read model parsed as JSON.
        var service = new TableServiceClient(azurite.ConnectionString, TableQueryPageCapture.AddTo(new TableClientOptions()));
        var names = new TableNames("t" + Guid.NewGuid().ToString("N")[..10]);
        await new TableStorageInitializer(service, names).StartAsync(CancellationToken.None);
        return new StorageTestContext(service, names);
    }
}
