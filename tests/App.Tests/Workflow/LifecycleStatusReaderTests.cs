using Microsoft.DurableTask.Client;
using Moq;
using XjKeji.App.Workflow;

namespace XjKeji.App.Tests.Workflow;

/// <summary>The operators' read of a lifecycle waits at most SignalWait for the backend, and stays the caller's to cancel.</summary>
public sealed class LifecycleStatusReaderTests
{
    private readonly Mock<DurableTaskClient> _client = new(MockBehavior.Strict, "test");

    private LifecycleStatusReader Reader(int waitMs) => new(_client.Object, new WorkflowOptions { SignalWait = TimeSpan.FromMilliseconds(waitMs) });

    [Fact]
    public async Task A_lifecycle_is_read_with_its_inputs_and_outputs()
    {
        var found = new OrchestrationMetadata(nameof(ProjectLifecycleOrchestrator), "P-1") { SerializedCustomStatus = "{\"stage\":\"EligibilityCheck\",\"since\":1}" };
        _client.Setup(c => c.GetInstanceAsync("P-1", true, It.IsAny<CancellationToken>())).ReturnsAsync(found);

        Assert.Same(found, await Reader(10_000).ReadAsync("P-1"));
    }

    [Fact]
    public async Task A_backend_that_does_not_answer_in_time_is_a_timeout_and_its_read_is_cancelled()
    {
        CancellationToken given = default;
        _client.Setup(c => c.GetInstanceAsync("P-1", true, It.IsAny<CancellationToken>()))
            .Returns<string, bool, CancellationToken>(async (_, _, ct) =>
            {
                given = ct;
                await Task.Delay(Timeout.Infinite, ct); // the backend retrying its storage reads
                return null;
            });

        var e = await Assert.ThrowsAsync<TimeoutException>(() => Reader(200).ReadAsync("P-1"));

        Assert.Contains("P-1", e.Message, StringComparison.Ordinal);
        Assert.True(given.IsCancellationRequested);
        Assert.True(new Http.TransportFailureClassifier().IsUnavailable(e)); // so the route answers 503 with Retry-After
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        _client.Setup(c => c.GetInstanceAsync("P-1", true, It.IsAny<CancellationToken>()))
            .Returns<string, bool, CancellationToken>(async (_, _, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return null;
            });
        using var hangUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Reader(60_000).ReadAsync("P-1", hangUp.Token));
    }
}
