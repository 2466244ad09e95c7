namespace XjKeji.Domain.Projects;

/// <summary>The person or process behind an action, as recorded in the audit trail.</summary>
/// <param name="Role">The actor's role.</param>
/// <param name="Id">Stable identifier of the person (or workflow instance for <see cref="Role.System"/>).</param>
/// <param name="DisplayName">Name shown in the audit trail.</param>
/// <param name="InstitutionId">The applicant's institution; required for applicants, who may act only on their institution's projects.</param>
public sealed record Actor(Role Role, string Id, string DisplayName, string? InstitutionId = null)
{
    /// <summary>The workflow acting on a timer or orchestration step.</summary>
    public static Actor System(string id = "workflow") => new(Role.System, id, "系统 (system)");
}
