using Microsoft.DurableTask;
using XjKeji.App.Workflow.Activities;

namespace XjKeji.App.Workflow;

/// <summary>
/// Every orchestrator and activity of the app, registered in one place so both hosts (and the tests) run the same set.
/// The Functions host's wrappers are checked against <see cref="Orchestrators"/> and <see cref="Activities"/>.
/// </summary>
public static class TaskRegistration
{
    /// <summary>The orchestrator types.</summary>
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(ProjectLifecycleOrchestrator), typeof(StageOrchestrator)];

    /// <summary>The activity types.</summary>
    public static IReadOnlyList<Type> Activities { get; } = [typeof(SyncProjectActivity), typeof(PlanStageActivity), typeof(PerformStageStepActivity)];

    /// <summary>Registers every task with a Durable Task worker.</summary>
    public static void AddAll(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        // The lists are the registration: what a host registers is exactly what the Functions parity test checks.
        foreach (var orchestrator in Orchestrators)
        {
            registry.AddOrchestrator(orchestrator);
        }

        foreach (var activity in Activities)
        {
            registry.AddActivity(activity);
        }
    }
}
