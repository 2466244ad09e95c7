using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.App.Notifications;

/// <summary>
/// The satisfaction survey emails (满意度调查) of a project: one per survey occasion in its audit trail and respondent,
/// to the PI and, for SCO projects, to the officer mailbox that answers for the project site. The deduplication key
/// names the audit entry and the respondent, so deriving the emails again on every sync sends each one once.
/// </summary>
public static class SurveyEmails
{
    /// <summary>The key of the survey email about one decision to one respondent.</summary>
    public static string DeduplicationKey(string projectId, int auditSequence, RespondentKind respondent) =>
        $"{projectId}:audit:{auditSequence}:survey:{respondent}";

    /// <summary>The portal page where the survey about a project is answered (it posts to <c>POST /api/surveys/projects/{id}</c>).</summary>
    public static Uri Link(Uri portalBase, string projectId)
    {
        ArgumentNullException.ThrowIfNull(portalBase);
        return new(portalBase, $"surveys/projects/{Uri.EscapeDataString(projectId)}");
    }

    /// <summary>Every survey email the project's audit trail calls for, oldest decision first.</summary>
    public static IReadOnlyList<EmailMessage> For(Project project, IEnumerable<AuditEntry> trail, WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        var link = Link(options.PortalBaseUrl, project.Id);
        return
        [
            .. from occasion in SurveyOccasions.In(trail)
               from respondent in SurveyOccasions.RespondentsFor(project.Program)
               select Survey(DeduplicationKey(project.Id, occasion.Entry.Sequence, respondent), respondent, options.OfficerEmail, project, occasion, link),
        ];
    }

    /// <summary>
    /// The survey email about one decision: to the PI for <see cref="RespondentKind.Applicant"/>, to
    /// <paramref name="officerEmail"/> for an SCO project's site.
    /// </summary>
    public static EmailMessage Survey(string key, RespondentKind respondent, string officerEmail, Project project, SurveyOccasion occasion, Uri link)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(occasion);
        var decision = SurveyDecisionNames.Of(occasion.Decision).Zh;
        var on = $"{ChinaStandardTime.DateOf(occasion.Entry.At):yyyy年M月d日}";
        var subject = $"【满意度调查】项目《{project.Form.Title}》{decision}";
        if (respondent == RespondentKind.ProjectSite)
        {
            var site = project.Form.Sco is { } sco ? $"实施地：{sco.PartnerCountry}，合作单位：{sco.PartnerInstitution}" : "实施地见申报书";
            var siteBody = EmailTemplates.Lines(
                "计划处：",
                $"上合组织科技伙伴计划项目《{project.Form.Title}》（编号 {project.Id}，{site}）已于 {on} {decision}。",
                "请向项目实施地了解其对本项目的满意度，并在问卷中代为填写（满意或不满意，可附意见）。",
                $"问卷地址：{link}");
            return new EmailMessage(key, officerEmail, subject, siteBody, EmailKind.Survey, project.Id);
        }

        var body = EmailTemplates.Lines(
            $"{project.Form.PrincipalInvestigator.Name}：",
            $"您负责的项目《{project.Form.Title}》（编号 {project.Id}）已于 {on} {decision}。",
            "为改进科技计划项目管理服务，请告诉我们您对本次办理过程是否满意（满意或不满意，可附意见），约需一分钟。",
            $"问卷地址：{link}",
            EmailTemplates.Signature());
        return new EmailMessage(key, project.Form.PrincipalInvestigator.Email, subject, body, EmailKind.Survey, project.Id);
    }
}
