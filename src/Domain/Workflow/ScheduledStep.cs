using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Workflow;

/// <summary>One thing the workflow does at <see cref="At"/> while the project stays in its stage.</summary>
/// <param name="Key">Stable key within the stage visit, e.g. <c>reminder-3</c>; performing a key twice has no further effect.</param>
/// <param name="Kind">What to do.</param>
/// <param name="At">The business instant it is due.</param>
/// <param name="Deadline">The deadline it belongs to, for reminders, notices and grace expiry.</param>
/// <param name="WorkingDaysBefore">For reminders: how many working days before the deadline.</param>
/// <param name="Action">For automatic transitions: the action the system performs.</param>
public sealed record ScheduledStep(string Key, ScheduledStepKind Kind, DateTimeOffset At, StepDeadline? Deadline = null, int WorkingDaysBefore = 0, ProjectAction? Action = null);
