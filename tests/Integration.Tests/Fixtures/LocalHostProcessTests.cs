using System.Diagnostics;
using System.Net;
using XjKeji.Infrastructure.Azurite;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>The LocalHost process helper that crash tests rely on: start, hard kill, restart on the same storage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostProcessTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Starts_answers_health_survives_a_hard_kill_and_restarts_on_the_same_port()
    {
        await using var host = new LocalHostProcess(azurite.ConnectionString);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        output.WriteLine($"LocalHost process start → healthy (new task hub): {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);

        var firstPid = host.ProcessId;
        await host.KillAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("api/health", UriKind.Relative)));

        clock.Restart();
        await host.StartAsync();
        output.WriteLine($"restart after kill -9 → healthy: {clock.ElapsedMilliseconds} ms");
        Assert.NotEqual(firstPid, host.ProcessId);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);

        clock.Restart();
        await host.StopAsync();
        output.WriteLine($"graceful stop (SIGTERM): {clock.ElapsedMilliseconds} ms");
    }
}
