using DurableTask.Core;
using DurableTask.Core.History;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// The gRPC sidecar hands the orchestration service events whose <c>Tags</c> are protobuf <c>MapField</c>s. The
/// in-memory test service never serialises them, but the Azure Storage service writes queue messages with Newtonsoft
/// type names, and then cannot read back a <c>MapField</c> type from its own assembly: the message is poisoned and the
/// sub-orchestration never starts. Copying the tags into a plain dictionary before the write fixes that.
/// The sidecar also records sub-orchestration starts as its own subclass of <see cref="SubOrchestrationInstanceCreatedEvent"/>,
/// which the Azure Storage history writer stores without its <c>EventType</c> column, so the parent's history can no
/// longer be loaded; <see cref="Sanitize(OrchestrationRuntimeState?)"/> swaps it for the plain event before the write.
/// </summary>
internal static class ProtobufTagSanitizer
{
    public static void Sanitize(IEnumerable<TaskMessage>? messages)
    {
        foreach (var m in messages ?? [])
        {
            Sanitize(m?.Event);
        }
    }

    public static void Sanitize(OrchestrationRuntimeState? state)
    {
        if (state is null)
        {
            return;
        }

        ReplaceSubclasses(state.Events);
        ReplaceSubclasses(state.NewEvents);
        foreach (var e in state.NewEvents)
        {
            Sanitize(e);
        }
    }

    private static void ReplaceSubclasses(IList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                events[i] = new SubOrchestrationInstanceCreatedEvent(created.EventId)
                {
                    Name = created.Name,
                    Version = created.Version,
                    InstanceId = created.InstanceId,
                    Input = created.Input,
                    ClientSpanId = created.ClientSpanId,
                    Tags = created.Tags is null ? null : new Dictionary<string, string>(created.Tags),
                    Timestamp = created.Timestamp,
                    IsPlayed = created.IsPlayed,
                };
            }
        }
    }

    public static void Sanitize(HistoryEvent? e)
    {
        switch (e)
        {
            case ExecutionStartedEvent { Tags: { } tags } s when NeedsCopy(tags):
                s.Tags = new Dictionary<string, string>(tags);
                break;
            case SubOrchestrationInstanceCreatedEvent { Tags: { } tags } s when NeedsCopy(tags):
                s.Tags = new Dictionary<string, string>(tags);
                break;
            case TaskScheduledEvent { Tags: { } tags } s when NeedsCopy(tags):
                s.Tags = new Dictionary<string, string>(tags);
                break;
        }
    }

    private static bool NeedsCopy(IDictionary<string, string> tags) => tags is not Dictionary<string, string>;
}
