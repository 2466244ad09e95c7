using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>One LocalHost (own Azurite, own tables) shared by a test class that only needs the API, not time.</summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private AzuriteFixture? _azurite;

    internal LocalHostScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = new AzuriteFixture();
        await _azurite.InitializeAsync();

        // Business time runs at one day per minute: the 2018 call stays open for the whole class.
        Scenario = await LocalHostScenario.StartAsync(_azurite, TimeSpan.FromMinutes(1));
    }

    public async Task DisposeAsync()
    {
        await Scenario.DisposeAsync();
        await _azurite!.DisposeAsync();
    }
}
