namespace XjKeji.Domain.Review;

/// <summary>
/// 回避: the conflict-of-interest rules between an expert and an application. An expert conflicts when they work at the
/// applicant institution, are the PI or a team member, applied together with the PI or a team member before, or declared
/// the project or one of its people. Team members count as well as the PI for co-application, because a past joint
/// application with anyone on the team is the same tie.
/// </summary>
public static class ConflictOfInterest
{
    /// <summary>Every reason the expert conflicts with the application; empty when none.</summary>
    public static IReadOnlyList<ExclusionReason> Explain(Expert expert, ReviewApplication application, CoApplicationHistory history)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(history);
        var reasons = new List<ExclusionReason>();
        if (string.Equals(expert.InstitutionId, application.InstitutionId, StringComparison.Ordinal))
        {
            reasons.Add(new(ExclusionKind.SameInstitution, new($"专家与申报单位同属{application.InstitutionId}", $"The expert works at the applicant institution {application.InstitutionId}")));
        }

        if (application.People.Contains(expert.Id, StringComparer.Ordinal))
        {
            reasons.Add(new(ExclusionKind.TeamMember, new("专家是本项目负责人或项目组成员", "The expert is the PI or a member of the project team")));
        }

        foreach (var person in application.People.Distinct(StringComparer.Ordinal).Where(p => history.HaveCoApplied(expert.Id, p)))
        {
            reasons.Add(new(ExclusionKind.CoAppliedBefore, new($"专家曾与{person}共同申报项目", $"The expert applied together with {person} before")));
        }

        foreach (var c in expert.DeclaredConflicts)
        {
            if (c.Kind == DeclaredConflictKind.Project && string.Equals(c.TargetId, application.ProjectId, StringComparison.Ordinal))
            {
                reasons.Add(new(ExclusionKind.DeclaredProject, new("专家已申报回避本项目", "The expert declared a conflict with this project")));
            }
            else if (c.Kind == DeclaredConflictKind.Person && application.People.Contains(c.TargetId, StringComparer.Ordinal))
            {
                reasons.Add(new(ExclusionKind.DeclaredPerson, new($"专家已申报回避{c.TargetId}", $"The expert declared a conflict with {c.TargetId}")));
            }
        }

        return reasons;
    }

    /// <summary>True when the expert conflicts with the application for any reason.</summary>
    public static bool Conflicts(Expert expert, ReviewApplication application, CoApplicationHistory history) =>
        Explain(expert, application, history).Count > 0;
}
