using XjKeji.Domain.Calendar;
using XjKeji.Domain.Common;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Http;

/// <summary>A project as the applicant who owns it and the officer see it.</summary>
/// <param name="Id">Project id.</param>
/// <param name="CallId">The call.</param>
/// <param name="ProgramYear">Program year.</param>
/// <param name="Stage">Stage.</param>
/// <param name="StageName">Stage name in Chinese.</param>
/// <param name="StageEnteredAt">When the stage was entered.</param>
/// <param name="Deadline">The applicant's current deadline, if the stage has one.</param>
/// <param name="Form">The application.</param>
/// <param name="ApprovedFiscalCny">Approved fiscal amount.</param>
/// <param name="PublicityEndsOn">Last day of publicity.</param>
/// <param name="ExecutionEndsOn">Execution end including extensions.</param>
/// <param name="PendingExtension">A pending extension request.</param>
/// <param name="Objections">Objections (shown to officers only; null for applicants).</param>
/// <param name="AuditSequence">Length of the audit trail.</param>
/// <param name="IsCarriedOver">True for a project imported from an earlier program year (结转项目).</param>
public sealed record ProjectView(
    string Id,
    string CallId,
    int ProgramYear,
    ProjectStage Stage,
    string StageName,
    DateTimeOffset StageEnteredAt,
    DeadlineView? Deadline,
    ApplicationForm Form,
    decimal? ApprovedFiscalCny,
    DateOnly? PublicityEndsOn,
    DateOnly ExecutionEndsOn,
    ExtensionRequest? PendingExtension,
    IReadOnlyList<Objection>? Objections,
    int AuditSequence,
    bool IsCarriedOver)
{
    /// <summary>The view of a project for a caller.</summary>
    public static ProjectView Of(Project p, DeadlinePolicy policy, bool officer)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.CallId, p.ProgramYear, p.Stage, StageNames.Of(p.Stage).Zh, p.StageEnteredAt,
            DeadlineView.Of(StageSchedule.CurrentDeadline(p, policy)), p.Form, p.ApprovedFiscalCny, p.PublicityEndsOn, p.ExecutionEndsOn,
            p.PendingExtension, officer ? p.Objections : null, p.AuditSequence, p.IsCarriedOver);
    }
}

/// <summary>A deadline as shown: the step, due instant and Beijing text, and whether the date is provisional.</summary>
/// <param name="Step">The step.</param>
/// <param name="DueAt">Due instant.</param>
/// <param name="DueText">Due instant in Beijing time, e.g. "2018-06-19 23:59 (北京时间)".</param>
/// <param name="GraceEndsAt">End of the grace period.</param>
/// <param name="IsProvisional">True when computed outside the calendar's covered years.</param>
public sealed record DeadlineView(DeadlineStep Step, DateTimeOffset DueAt, string DueText, DateTimeOffset GraceEndsAt, bool IsProvisional)
{
    /// <summary>The view of a deadline, or null.</summary>
    public static DeadlineView? Of(StepDeadline? d) =>
        d is null ? null : new(d.Step, d.DueAt, ChinaStandardTime.Format(d.DueAt), d.GraceEndsAt, d.IsProvisional);
}

/// <summary>One row of the public publicity list: what a publicity notice shows, and nothing personal beyond it.</summary>
/// <param name="ProjectId">Project id.</param>
/// <param name="Title">Project title.</param>
/// <param name="Category">Category.</param>
/// <param name="InstitutionName">承担单位.</param>
/// <param name="PrincipalInvestigatorName">项目负责人 (name only).</param>
/// <param name="FiscalWanYuan">Proposed fiscal funding in 万元, two decimals.</param>
/// <param name="PublicityEndsOn">Last day to object.</param>
public sealed record PublicityNotice(string ProjectId, string Title, string Category, string InstitutionName, string PrincipalInvestigatorName, string FiscalWanYuan, DateOnly? PublicityEndsOn)
{
    /// <summary>The notice row of a project.</summary>
    public static PublicityNotice Of(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Form.Title, Domain.Programs.ProgramCatalog.Category(p.Form.Category).Name.Zh, p.Form.Institution.Name,
            p.Form.PrincipalInvestigator.Name, Cny.FormatWanYuan(p.ApprovedFiscalCny ?? p.Form.Budget.FiscalTotalCny), p.PublicityEndsOn);
    }
}

/// <summary>A page of project summaries.</summary>
/// <param name="Items">The summaries.</param>
public sealed record ProjectList(IReadOnlyList<ProjectSummary> Items);
