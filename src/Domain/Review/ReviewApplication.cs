using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Review;

/// <summary>What the planner needs to know of one application under review: who applies, from where, and in which field.</summary>
/// <param name="ProjectId">The project's id.</param>
/// <param name="Category">The category applied for.</param>
/// <param name="InstitutionId">The lead institution's id.</param>
/// <param name="PrincipalInvestigatorId">The PI's person id.</param>
/// <param name="TeamMemberIds">The other team members' person ids.</param>
/// <param name="Field">The field (the SCO priority field; for other programs as classified by the officer), if any.</param>
/// <param name="Keywords">Keywords of the application, matched against experts' keywords.</param>
public sealed record ReviewApplication(
    string ProjectId,
    CategoryCode Category,
    string InstitutionId,
    string PrincipalInvestigatorId,
    IReadOnlyList<string> TeamMemberIds,
    ScoPriorityField? Field,
    IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// Builds the review view of a submitted form. The field is the SCO priority field when the form has one, else
    /// <paramref name="field"/> (AidXinjiang forms carry no field, so the officer classifies them).
    /// </summary>
    public static ReviewApplication From(string projectId, ApplicationForm form, ScoPriorityField? field = null, IReadOnlyList<string>? keywords = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(projectId, form.Category, form.Institution.Id, form.PrincipalInvestigator.Id, form.TeamMemberIds ?? [],
            form.Sco?.PriorityField ?? field, keywords ?? []);
    }

    /// <summary>The PI and every team member.</summary>
    public IEnumerable<string> People => TeamMemberIds.Prepend(PrincipalInvestigatorId);
}
