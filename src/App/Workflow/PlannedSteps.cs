using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Workflow;

/// <summary>
/// A stage visit's steps as a lifecycle waits for them: the Domain's schedule (<see cref="StageSchedule"/>) with each
/// business instant turned into the wall-clock time of its durable timer. Made by the plan activity and, from version 4,
/// by the handler that wrote the change (<see cref="SignalPlanner"/>), from the same project and the same clock.
/// </summary>
public static class PlannedSteps
{
    /// <summary>The steps of the visit <paramref name="project"/> is in, earliest first.</summary>
    public static List<PlannedStep> Of(Project project, DeadlinePolicy policy, IBusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return [.. StageSchedule.For(project, policy).Select(s => new PlannedStep(s.Key, s.Kind, clock.ToWallUtc(s.At)))];
    }
}
