namespace XjKeji.Domain.Projects;

/// <summary>
/// One row of a project's append-only audit trail: who did what, when, from which stage to which, and why.
/// <see cref="Sequence"/> runs 1, 2, 3… per project with no gap, so a missing or doubled row is detectable.
/// </summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Sequence">Position in the project's trail, starting at 1.</param>
/// <param name="At">When it happened (UTC instant; shown in Beijing time).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">What was done.</param>
/// <param name="From">Stage before.</param>
/// <param name="To">Stage after (equal to <paramref name="From"/> for in-stage actions such as objections).</param>
/// <param name="Reason">The reason given, if any.</param>
public sealed record AuditEntry(
    string ProjectId,
    int Sequence,
    DateTimeOffset At,
    Actor Actor,
    ProjectAction Action,
    ProjectStage From,
    ProjectStage To,
    string? Reason);
