using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Notifications;

/// <summary>
/// Chinese emails, one template per kind, each with the project title, stage, deadline in Beijing time and a link. The
/// deduplication key is given by the caller: it names the workflow step, so a retried activity produces the same key.
/// </summary>
public static class EmailTemplates
{
    private const string Sender = "新疆维吾尔自治区科学技术厅";

    /// <summary>What the applicant must do for each deadline step.</summary>
    public static string StepName(DeadlineStep step) => step switch
    {
        DeadlineStep.Correction => "修改并重新提交申报书",
        DeadlineStep.ContractSignature => "签订项目任务书（合同）",
        DeadlineStep.MidTermReport => "提交中期检查报告",
        DeadlineStep.AcceptanceReport => "提交验收材料",
        DeadlineStep.Publicity => "公示",
        _ => step.ToString(),
    };

    /// <summary>A reminder to the PI, <paramref name="workingDaysBefore"/> working days before the deadline.</summary>
    public static EmailMessage Reminder(string key, Project project, StepDeadline deadline, int workingDaysBefore, Uri link)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadline);
        var subject = $"【科技厅提醒】项目《{project.Form.Title}》需在{workingDaysBefore}个工作日内{StepName(deadline.Step)}";
        var body = Lines(
            $"{project.Form.PrincipalInvestigator.Name}：",
            $"您负责的项目《{project.Form.Title}》（编号 {project.Id}）目前处于“{StageNames.Of(project.Stage).Zh}”阶段。",
            $"请于 {ChinaStandardTime.Format(deadline.DueAt)} 前{StepName(deadline.Step)}，距截止还有 {workingDaysBefore} 个工作日。",
            Provisional(deadline),
            $"办理地址：{link}",
            Signature());
        return new EmailMessage(key, project.Form.PrincipalInvestigator.Email, subject, body, EmailKind.DeadlineReminder, project.Id);
    }

    /// <summary>The deadline has passed; late submission is accepted until the grace ends, with a credit deduction.</summary>
    public static EmailMessage Overdue(string key, Project project, StepDeadline deadline, Uri link)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadline);
        var subject = $"【科技厅逾期通知】项目《{project.Form.Title}》已超过{StepName(deadline.Step)}期限";
        var body = Lines(
            $"{project.Form.PrincipalInvestigator.Name}：",
            $"您负责的项目《{project.Form.Title}》（编号 {project.Id}）应于 {ChinaStandardTime.Format(deadline.DueAt)} 前{StepName(deadline.Step)}，目前尚未完成。",
            $"请于 {ChinaStandardTime.Format(deadline.GraceEndsAt)} 前尽快补交；逾期提交将记入信用记录，届时仍未提交的将按规定处理。",
            Provisional(deadline),
            $"办理地址：{link}",
            Signature());
        return new EmailMessage(key, project.Form.PrincipalInvestigator.Email, subject, body, EmailKind.OverdueNotice, project.Id);
    }

    /// <summary>Tells the officer that a step's grace ended with nothing submitted, and what the system did.</summary>
    public static EmailMessage Escalation(string key, string officerEmail, Project project, StepDeadline deadline, string whatWasDone, Uri link)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadline);
        var subject = $"【逾期督办】项目《{project.Form.Title}》未按期{StepName(deadline.Step)}";
        var body = Lines(
            "计划处：",
            $"项目《{project.Form.Title}》（编号 {project.Id}，承担单位：{project.Form.Institution.Name}，负责人：{project.Form.PrincipalInvestigator.Name}）",
            $"应于 {ChinaStandardTime.Format(deadline.DueAt)} 前{StepName(deadline.Step)}，宽限期至 {ChinaStandardTime.Format(deadline.GraceEndsAt)} 仍未提交。",
            $"系统已执行：{whatWasDone}",
            $"项目详情：{link}");
        return new EmailMessage(key, officerEmail, subject, body, EmailKind.Escalation, project.Id);
    }

    /// <summary>Tells the officer that an automatic transition was held by a guard (e.g. an open objection).</summary>
    public static EmailMessage Blocked(string key, string officerEmail, Project project, ProjectAction action, string why, Uri link)
    {
        ArgumentNullException.ThrowIfNull(project);
        var subject = $"【待处理】项目《{project.Form.Title}》无法自动{ActionNames.Of(action).Zh}";
        var body = Lines(
            "计划处：",
            $"项目《{project.Form.Title}》（编号 {project.Id}）处于“{StageNames.Of(project.Stage).Zh}”阶段，系统无法自动{ActionNames.Of(action).Zh}：{why}",
            "请处理后系统将自动继续。",
            $"项目详情：{link}");
        return new EmailMessage(key, officerEmail, subject, body, EmailKind.Escalation, project.Id);
    }

    /// <summary>The portal link of a project.</summary>
    public static Uri ProjectLink(Uri portalBase, string projectId) => new(portalBase, $"projects/{Uri.EscapeDataString(projectId)}");

    private static string Provisional(StepDeadline deadline) =>
        deadline.IsProvisional ? "（注：该年度法定节假日安排尚未公布，截止日期按周一至周五推算，公布后可能调整。）" : string.Empty;

    /// <summary>The sender's name and the no-reply note that end every email to applicants and experts.</summary>
    internal static string Signature() => $"\n{Sender}\n（本邮件由系统自动发送，请勿直接回复）";

    /// <summary>Joins the lines of a body, leaving out empty ones.</summary>
    internal static string Lines(params string[] lines) => string.Join('\n', lines.Where(l => l.Length > 0));
}
