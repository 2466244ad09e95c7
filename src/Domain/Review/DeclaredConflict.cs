namespace XjKeji.Domain.Review;

/// <summary>What an expert's declared conflict (主动申报的回避) names.</summary>
public enum DeclaredConflictKind
{
    /// <summary>A project the expert must not review.</summary>
    Project = 1,

    /// <summary>A person (PI or team member) whose applications the expert must not review.</summary>
    Person = 2,
}

/// <summary>A conflict the expert declared: a project or a person they must not review.</summary>
/// <param name="Kind">Project or person.</param>
/// <param name="TargetId">The project's or person's id.</param>
public sealed record DeclaredConflict(DeclaredConflictKind Kind, string TargetId);
