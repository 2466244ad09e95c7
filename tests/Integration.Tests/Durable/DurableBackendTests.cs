using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>
/// The LocalHost durable backend (worker and client over the gRPC sidecar on Azure Storage) against real Azurite:
/// events, durable timers, activities.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableBackendTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private DurableHost? _host;

    private DurableTaskClient Client => _host!.Client;

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        _host = await DurableHost.StartAsync(azurite.ConnectionString, TestNames.TaskHub(), TestTasks.Register);
        output.WriteLine($"backend start (new task hub): {clock.ElapsedMilliseconds} ms");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Event_raised_while_waiting_wins_over_the_deadline()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(EventOrDeadlineOrchestrator), 30);
        await Client.WaitForAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running, Timeout);

        var clock = Stopwatch.StartNew();
        await Client.RaiseEventAsync(id, EventOrDeadlineOrchestrator.EventName, "yes");
        var done = await Client.WaitForCompletionAsync(id, Timeout);
        output.WriteLine($"event delivered and instance completed after {clock.ElapsedMilliseconds} ms");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("event:yes", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Deadline_timer_of_two_seconds_wins_when_no_event_comes()
    {
        var clock = Stopwatch.StartNew();
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(EventOrDeadlineOrchestrator), 2);
        var done = await Client.WaitForCompletionAsync(id, Timeout);
        output.WriteLine($"2 s deadline completed after {clock.ElapsedMilliseconds} ms");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("deadline", done.ReadOutputAs<string>());

        // Timers may fire up to about a second early; only a lower bound well below 2 s is safe.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.5), $"completed after only {clock.Elapsed}");
    }

    [Fact]
    public async Task Activity_round_trip_completes()
    {
        var timings = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetingOrchestrator), "xinjiang");
            var done = await Client.WaitForCompletionAsync(id, Timeout);
            timings.Add(clock.ElapsedMilliseconds);

            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
            Assert.Equal("hello xinjiang", done.ReadOutputAs<string>());
        }

        output.WriteLine($"schedule → completed (polled every 100 ms), ms: {string.Join(", ", timings)}");
    }
}
