using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Xunit.Abstractions;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>Durable timers survive a host restart: state lives in storage, not in the process.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableRestartTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Timer_started_before_a_restart_fires_in_the_next_host()
    {
        var taskHub = TestNames.TaskHub();
        string id;
        await using (var first = await DurableHost.StartAsync(azurite.ConnectionString, taskHub, TestTasks.Register))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(EventOrDeadlineOrchestrator), 5);
            await first.Client.WaitForAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running, Timeout);
            var stop = Stopwatch.StartNew();
            await first.StopAsync();
            output.WriteLine($"graceful stop: {stop.ElapsedMilliseconds} ms");
        }

        // Same storage, task hub and worker id: the new host takes the partitions back and the timer fires there.
        var clock = Stopwatch.StartNew();
        await using var second = await DurableHost.StartAsync(azurite.ConnectionString, taskHub, TestTasks.Register);
        output.WriteLine($"restart on existing task hub: {clock.ElapsedMilliseconds} ms");

        var done = await second.Client.WaitForCompletionAsync(id, Timeout);
        output.WriteLine($"instance completed {clock.ElapsedMilliseconds} ms after the restart began");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("deadline", done.ReadOutputAs<string>());
    }
}
