using Microsoft.DurableTask;

namespace XjKeji.Integration.Tests.Durable;

/// <summary>Registers the test project's orchestrators and activities.</summary>
internal static class TestTasks
{
    public static void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<EventOrDeadlineOrchestrator>();
        registry.AddOrchestrator<GreetingOrchestrator>();
        registry.AddActivity<GreetingActivity>();
    }
}
