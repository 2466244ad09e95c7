using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Reporting;

/// <summary>A decision in a project's audit trail after which the satisfaction survey is sent.</summary>
/// <param name="Entry">The audit entry of the decision; its sequence identifies the occasion, so the survey is sent once per decision.</param>
/// <param name="Decision">What was decided.</param>
public sealed record SurveyOccasion(AuditEntry Entry, SurveyDecision Decision);

/// <summary>
/// When the satisfaction survey is sent and to whom (满意度 indicators of the year-end report): after each funding
/// decision — approval, no funding after expert review, an upheld objection — and after the acceptance decision, to the
/// applicant; for SCO projects also to the project site (实施地), whose answers the officer records.
/// </summary>
/// <remarks>
/// Eligibility rejections, withdrawals and terminations are not occasions: the survey asks about the review and
/// acceptance services the satisfaction indicators measure.
/// </remarks>
public static class SurveyOccasions
{
    /// <summary>The survey occasions in a project's audit trail, oldest first.</summary>
    public static IReadOnlyList<SurveyOccasion> In(IEnumerable<AuditEntry> trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        var occasions = new List<SurveyOccasion>();
        foreach (var entry in trail.OrderBy(e => e.Sequence))
        {
            var decision = entry.Action switch
            {
                ProjectAction.Approve => SurveyDecision.Funded,
                ProjectAction.DeclineFunding => SurveyDecision.NotFunded,
                ProjectAction.UpholdObjection => SurveyDecision.ObjectionUpheld,
                ProjectAction.PassAcceptance => SurveyDecision.AcceptancePassed,
                ProjectAction.FailAcceptance => SurveyDecision.AcceptanceFailed,
                _ => (SurveyDecision?)null,
            };
            if (decision is { } d)
            {
                occasions.Add(new SurveyOccasion(entry, d));
            }
        }

        return occasions;
    }

    /// <summary>Who is asked about a project of <paramref name="program"/>: the applicant, and for SCO projects also the project site.</summary>
    public static IReadOnlyList<RespondentKind> RespondentsFor(ProgramCode program) =>
        program == ProgramCode.ScoPartnership ? [RespondentKind.Applicant, RespondentKind.ProjectSite] : [RespondentKind.Applicant];
}
