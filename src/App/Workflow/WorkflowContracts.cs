using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Workflow;

/// <summary>Input of <see cref="ProjectLifecycleOrchestrator"/>: ids and, at most, a plan; never documents (claim check).</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Version">Workflow version the instance was started with; see <see cref="WorkflowVersions"/>.</param>
/// <param name="Submitted">From version 4, on a first submission: the submission's signal, whose plan (from the draft to the visit it entered) stands in for the lifecycle's first plan activity. Null otherwise, and in the input an instance continues as new with.</param>
public sealed record LifecycleInput(string ProjectId, int Version = WorkflowVersions.Current, ProjectChanged? Submitted = null);

/// <summary>Input of <see cref="StageOrchestrator"/>: which stage visit of which project it watches.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Stage">The stage.</param>
/// <param name="EnteredAtSequence">Audit sequence of the transition that entered the stage; identifies this visit of the stage.</param>
/// <param name="Version">Workflow version inherited from the lifecycle.</param>
public sealed record StageInput(string ProjectId, ProjectStage Stage, int EnteredAtSequence, int Version = WorkflowVersions.Current)
{
    /// <summary>
    /// The id of this stage visit: the stage instance's id up to version 2, and the prefix of the visit's email and
    /// credit-event keys in every version.
    /// </summary>
    public string InstanceId => StageInstanceIds.For(ProjectId, Stage, EnteredAtSequence);

    /// <summary>Whether <paramref name="view"/> stands in this visit: the same stage, entered by the same transition.</summary>
    public bool Is(StageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Stage == Stage && view.EnteredAtSequence == EnteredAtSequence;
    }

    /// <summary>
    /// A visit no project is ever in (sequence −1): planning it finds the project elsewhere, so it syncs the project and
    /// plans wherever it stands. How a version-3 lifecycle asks for its first plan.
    /// </summary>
    public static StageInput Anywhere(string projectId, int version) => new(projectId, default, -1, version);
}

/// <summary>Where a project stands, as the lifecycle needs it.</summary>
/// <param name="Stage">Current stage.</param>
/// <param name="EnteredAtSequence">Audit sequence of the transition that entered it.</param>
/// <param name="IsTerminal">True when the lifecycle is over.</param>
public sealed record StageView(ProjectStage Stage, int EnteredAtSequence, bool IsTerminal)
{
    /// <summary>Where <paramref name="project"/> stands: the visit it is in.</summary>
    public static StageView Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new(project.Stage, project.StageEnteredAtSequence, project.IsTerminal);
    }
}

/// <summary>What a stage orchestration must do next, with timer times already in wall-clock UTC.</summary>
/// <param name="InStage">False when the project has left the stage (or no longer exists): a stage orchestration ends, a version-3 lifecycle moves on to <paramref name="Left"/>.</param>
/// <param name="Steps">The steps of the visit the project is in, earliest first: the planned visit's when <paramref name="InStage"/>, otherwise (version 3 only) those of the visit in <paramref name="Left"/>; none for a terminal stage.</param>
/// <param name="RecheckAfter">Longest wait before re-reading the project (<see cref="WorkflowOptions.RecheckInterval"/>); carried here because orchestrators take no services.</param>
/// <param name="Left">From workflow version 2, when not in the stage: where the project went, already synced (<see cref="ProjectSync"/>).</param>
/// <param name="PlannedAtSequence">The project's audit sequence the plan was made from; null for none (no project) and in plans recorded before version 4. A version-4 lifecycle takes a <see cref="SignalledPlan"/> only when it is newer.</param>
public sealed record StagePlan(bool InStage, IReadOnlyList<PlannedStep> Steps, TimeSpan RecheckAfter, StageView? Left = null, int? PlannedAtSequence = null);

/// <summary>A step of a stage, due at <see cref="FireAtUtc"/> wall time.</summary>
/// <param name="Key">Stable key within the stage visit.</param>
/// <param name="Kind">What to do.</param>
/// <param name="FireAtUtc">Wall-clock UTC time to do it (the durable timer's time).</param>
public sealed record PlannedStep(string Key, ScheduledStepKind Kind, DateTime FireAtUtc);

/// <summary>Asks the step activity to perform one step of a stage visit.</summary>
/// <param name="Stage">The stage visit.</param>
/// <param name="StepKey">The step's key.</param>
public sealed record StepRequest(StageInput Stage, string StepKey);

/// <summary>What performing a step did.</summary>
public enum StepOutcome
{
    /// <summary>Done now.</summary>
    Performed = 1,

    /// <summary>The project left the stage or the step is no longer scheduled: nothing to do.</summary>
    NoLongerApplies = 2,

    /// <summary>A guard refused the automatic transition (e.g. an open objection); the officer was told.</summary>
    Blocked = 3,
}

/// <summary>The payload of <see cref="WorkflowEvents.ProjectChanged"/>: the project changed; re-read it, or take its plan.</summary>
/// <param name="AuditSequence">The audit sequence after the change.</param>
/// <param name="Plan">From version 4: the plan the handler made from the project it wrote; null when it made none (the project left a visit whose decisions have consequences for the activity's sync to carry out, or its trail could not be read), and then the lifecycle plans in its activity.</param>
public sealed record ProjectChanged(int AuditSequence, SignalledPlan? Plan = null);

/// <summary>
/// What a handler knows after writing a change: the visit the project was in (<paramref name="From"/>), the one it is in
/// now (<paramref name="To"/>, the same visit when the stage did not change), and the steps of that visit. When the visit
/// changed, its audit entries hold no decision with consequences, so the plan activity's sync (<see cref="ProjectSync"/>)
/// would have had nothing to carry out beyond the list rows, which the handler wrote with the project.
/// </summary>
/// <param name="From">The visit before the change.</param>
/// <param name="To">The visit after it.</param>
/// <param name="Steps">The steps of <paramref name="To"/>, in wall-clock UTC; none for a terminal stage.</param>
/// <param name="RecheckAfter">As in <see cref="StagePlan.RecheckAfter"/>.</param>
public sealed record SignalledPlan(StageView From, StageView To, IReadOnlyList<PlannedStep> Steps, TimeSpan RecheckAfter)
{
    /// <summary>
    /// A new lifecycle's first plan from the signal of the submission that started it (<see cref="LifecycleInput.Submitted"/>):
    /// the visit the project entered; null when the submission made no plan.
    /// </summary>
    public static StagePlan? First(ProjectChanged? submitted) =>
        submitted?.Plan is { } signalled ? new StagePlan(false, signalled.Steps, signalled.RecheckAfter, signalled.To, submitted.AuditSequence) : null;

    /// <summary>
    /// The plan a lifecycle watching <paramref name="visit"/>, with a plan made at <paramref name="plannedAt"/>, may take
    /// from <paramref name="change"/>: only one made from that very visit and from a newer project; null otherwise (no
    /// plan, an event that overtook another or arrived late), and then the lifecycle plans in its activity.
    /// </summary>
    public static StagePlan? Adoptable(ProjectChanged? change, StageInput visit, int? plannedAt)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (change?.Plan is not { } signalled || plannedAt is not { } seen || change.AuditSequence <= seen || !visit.Is(signalled.From))
        {
            return null;
        }

        var same = visit.Is(signalled.To);
        return new StagePlan(same, signalled.Steps, signalled.RecheckAfter, same ? null : signalled.To, change.AuditSequence);
    }
}

/// <summary>The lifecycle instance's custom status: the stage visit it follows (serialized as <c>{"stage":…,"since":…}</c>).</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Since">Audit sequence of the transition that entered it.</param>
public sealed record LifecycleStatus(
    [property: System.Text.Json.Serialization.JsonPropertyName("stage")] string Stage,
    [property: System.Text.Json.Serialization.JsonPropertyName("since")] int Since)
{
    /// <summary>The status of a lifecycle following <paramref name="view"/>.</summary>
    public static LifecycleStatus Of(StageView view) => new((view ?? throw new ArgumentNullException(nameof(view))).Stage.ToString(), view.EnteredAtSequence);

    /// <summary>Reads a serialized status; null for none or for another shape.</summary>
    public static LifecycleStatus? Parse(string? serialized)
    {
        if (string.IsNullOrEmpty(serialized))
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<LifecycleStatus>(serialized);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>What a lifecycle ended with.</summary>
/// <param name="Stage">The terminal stage.</param>
public sealed record LifecycleOutcome(ProjectStage Stage);
