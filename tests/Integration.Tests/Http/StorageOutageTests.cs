using System.Net;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Integration.Tests.Http;

/// <summary>With storage stopped, the API answers 503 with Retry-After (never 500), and recovers when storage returns.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    // On disk, not in memory: the data must outlive the emulator's stop.
    private readonly string _data = Directory.CreateTempSubdirectory("xjkeji-outage-").FullName;
    private AzuriteProcess? _azurite;
    private LocalHostScenario? _scenario;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartNewAsync(new AzuriteOptions { Location = _data });
        _scenario = await LocalHostScenario.StartAsync(_azurite.ConnectionString, TimeSpan.FromMinutes(1));
    }

    public async Task DisposeAsync()
    {
        await _scenario!.DisposeAsync();
        await _azurite!.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Outage_is_503_with_retry_after_and_the_api_recovers()
    {
        var s = _scenario!;
        using var applicant = s.Applicant();
        using var officer = s.Officer();
        var id = await s.SubmitApplicationAsync(applicant, "outage-before");

        await _azurite!.StopAsync();
        var read = await officer.SendRawAsync(HttpMethod.Get, $"api/projects/{id}", null, null);
        var write = await officer.SendRawAsync(HttpMethod.Post, $"api/officer/projects/{id}/eligibility", "{\"decision\":\"Pass\"}"u8.ToArray(), "application/json");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.Status);
        Assert.Equal("application/problem+json", write.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), write.RetryAfter);

        await _azurite.StartAsync();
        (await officer.GetAsync($"api/projects/{id}")).Ensure(HttpStatusCode.OK);
        (await officer.PostAsync($"api/officer/projects/{id}/eligibility", new App.Http.EligibilityDecisionRequest(App.Http.EligibilityDecision.Pass))).Ensure(HttpStatusCode.OK);
    }
}
