using Azure.Data.Tables;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>The Azurite launcher: stopping and starting it again on the same ports and data, as fault tests do.</summary>
public sealed class AzuriteProcessTests : IDisposable
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "xjkeji-azurite-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    [Fact]
    public async Task Restart_keeps_ports_and_on_disk_data()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions { Location = _location });
        var connectionString = azurite.ConnectionString;
        var table = new TableClient(connectionString, "Restarts");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "kept" });

        await azurite.StopAsync();
        Assert.False(azurite.IsRunning);
        Assert.False(await LoopbackPorts.AcceptsConnectionAsync(azurite.TablePort, TimeSpan.FromSeconds(1), default));

        await azurite.StartAsync();
        Assert.Equal(connectionString, azurite.ConnectionString);
        var entity = await new TableClient(connectionString, "Restarts").GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal("kept", entity.Value.GetString("Value"));
    }

    [Fact]
    public void Missing_azurite_install_gives_an_npm_ci_hint()
    {
        Directory.CreateDirectory(_location);

        var error = Assert.Throws<InvalidOperationException>(() => AzuriteLocator.FindExecutable(_location));

        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }
}
