using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using XjKeji.LocalHost.Durable;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>
/// The repairs LocalHost makes to the durable backend after a storage outage, each on its own: the outage test meets
/// them only now and then.
/// </summary>
public class BackendRepairTests
{
    [Fact]
    public void A_start_message_of_the_execution_the_history_began_is_dropped_and_everything_else_kept()
    {
        var workItem = WorkItem(history: Started("e-1"), Message(Started("e-1")), Message(new EventRaisedEvent(-1, "{}") { Name = "ProjectChanged" }), Message(Started("e-2")));

        Assert.Equal(1, DuplicateStartFilter.RemoveRepeatedStarts(workItem));

        Assert.Collection(workItem.NewMessages,
            m => Assert.IsType<EventRaisedEvent>(m.Event),
            m => Assert.Equal("e-2", ((ExecutionStartedEvent)m.Event).OrchestrationInstance.ExecutionId));
    }

    [Fact]
    public void The_start_of_a_new_instance_is_kept()
    {
        var workItem = WorkItem(history: null, Message(Started("e-1")));

        Assert.Equal(0, DuplicateStartFilter.RemoveRepeatedStarts(workItem));
        Assert.Single(workItem.NewMessages);
        Assert.Equal(0, DuplicateStartFilter.RemoveRepeatedStarts(null));
    }

    [Fact]
    public void The_janitor_finds_the_backends_activity_sessions_in_the_version_shipped()
    {
        // Guards a backend upgrade: the janitor reaches a private field, and says so when it is gone.
        var logger = new CountingLogger();
        using var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "janitor",
            StorageAccountClientProvider = new StorageAccountClientProvider("UseDevelopmentStorage=true"),
            LoggerFactory = NullLoggerFactory.Instance,
        });

        var janitor = new ActivitySessionJanitor(service, logger);

        Assert.Equal(0, logger.Warnings);
        Assert.False(janitor.Forget("no-such-work-item"));
    }

    private static ExecutionStartedEvent Started(string executionId) => new(-1, null)
    {
        Name = "ProjectLifecycleOrchestrator",
        OrchestrationInstance = new OrchestrationInstance { InstanceId = "P-1", ExecutionId = executionId },
    };

    private static TaskMessage Message(HistoryEvent e) => new()
    {
        Event = e,
        OrchestrationInstance = new OrchestrationInstance { InstanceId = "P-1", ExecutionId = (e as ExecutionStartedEvent)?.OrchestrationInstance.ExecutionId },
    };

    private static TaskOrchestrationWorkItem WorkItem(ExecutionStartedEvent? history, params TaskMessage[] messages) => new()
    {
        InstanceId = "P-1",
        OrchestrationRuntimeState = history is null ? new OrchestrationRuntimeState() : new OrchestrationRuntimeState([history]),
        NewMessages = [.. messages],
    };

    private sealed class CountingLogger : ILogger
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Warnings += logLevel >= LogLevel.Warning ? 1 : 0;
    }
}
