using XjKeji.Domain.Common;

namespace XjKeji.Domain.Projects;

/// <summary>Why a transition was refused.</summary>
public enum RefusalReason
{
    /// <summary>The action is not allowed in the current stage.</summary>
    NotAllowedInStage = 1,

    /// <summary>The actor's role may not trigger the action.</summary>
    RoleNotAllowed = 2,

    /// <summary>An applicant acted on another institution's project.</summary>
    NotOwner = 3,

    /// <summary>The action requires a reason and none was given.</summary>
    ReasonRequired = 4,

    /// <summary>A guard on dates, objections, extension limits or data failed.</summary>
    GuardFailed = 5,
}

/// <summary>
/// A transition the lifecycle does not allow. Names the stage, the attempted action, the actor's role and why, in
/// Chinese and English, so the applicant or officer sees exactly what to do.
/// </summary>
public sealed class IllegalTransitionException : DomainException
{
    /// <summary>Creates the error.</summary>
    public IllegalTransitionException(string projectId, ProjectStage stage, ProjectAction action, Role role, RefusalReason reason, BilingualText why)
        : base("illegal-transition", new BilingualText(
            $"项目{projectId}处于“{StageNames.Of(stage).Zh}”阶段，不能执行“{ActionNames.Of(action).Zh}”：{why.Zh}",
            $"Project {projectId} is in stage {stage}; {action} by {role} is not allowed: {why.En}"))
    {
        ProjectId = projectId;
        Stage = stage;
        Action = action;
        Role = role;
        Reason = reason;
        Why = why;
    }

    /// <summary>The project.</summary>
    public string ProjectId { get; }

    /// <summary>The stage the project was in.</summary>
    public ProjectStage Stage { get; }

    /// <summary>The action attempted.</summary>
    public ProjectAction Action { get; }

    /// <summary>The role of the actor.</summary>
    public Role Role { get; }

    /// <summary>The kind of refusal.</summary>
    public RefusalReason Reason { get; }

    /// <summary>Why, in both languages.</summary>
    public BilingualText Why { get; }
}
