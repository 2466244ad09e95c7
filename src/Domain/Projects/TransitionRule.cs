namespace XjKeji.Domain.Projects;

/// <summary>One allowed transition: in stage <see cref="From"/>, <see cref="Action"/> by one of <see cref="AllowedRoles"/> leads to <see cref="To"/>.</summary>
/// <param name="From">The stage the project must be in.</param>
/// <param name="Action">The action.</param>
/// <param name="To">The stage after the action (equal to <paramref name="From"/> for actions that stay in the stage).</param>
/// <param name="AllowedRoles">Roles that may trigger the action.</param>
/// <param name="RequiresReason">True when the actor must give a reason (rejections, returns, terminations).</param>
public sealed record TransitionRule(ProjectStage From, ProjectAction Action, ProjectStage To, IReadOnlySet<Role> AllowedRoles, bool RequiresReason);
