using System.Diagnostics;
using Microsoft.DurableTask.Client;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>
/// Waits for orchestration instances by polling <see cref="DurableTaskClient.GetInstanceAsync(string, bool, CancellationToken)"/>
/// with a deadline. The Azure Storage backend's own WaitForInstanceCompletionAsync checks only every 2 s.
/// </summary>
public static class InstancePolling
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls until the instance satisfies <paramref name="condition"/>; throws with its last state on timeout.</summary>
    public static async Task<OrchestrationMetadata> WaitForAsync(
        this DurableTaskClient client,
        string instanceId,
        Func<OrchestrationMetadata, bool> condition,
        TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Instance {instanceId} did not reach the expected state within {timeout}; "
                    + $"last status {instance?.RuntimeStatus.ToString() ?? "(not found)"}.");
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Polls until the instance has completed, failed or been terminated.</summary>
    public static Task<OrchestrationMetadata> WaitForCompletionAsync(
        this DurableTaskClient client, string instanceId, TimeSpan timeout) =>
        client.WaitForAsync(instanceId, i => i.IsCompleted, timeout);
}
