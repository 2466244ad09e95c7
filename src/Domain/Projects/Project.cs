using XjKeji.Domain.Calendar;
using XjKeji.Domain.Common;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Projects;

/// <summary>
/// The project aggregate: one application and, if funded, the project it becomes. Every change of stage goes through
/// <see cref="LifecycleRules"/> and the guards here, and appends an <see cref="AuditEntry"/> to
/// <see cref="PendingAudit"/>, which the repository writes in the same transaction as the project.
/// </summary>
public sealed partial class Project
{
    private readonly List<AuditEntry> _pendingAudit = [];
    private readonly List<Objection> _objections;
    private readonly List<IndicatorActual> _actuals;

    private Project(ProjectSnapshot s)
    {
        Id = s.Id;
        CallId = s.CallId;
        ProgramYear = s.ProgramYear;
        Form = s.Form;
        Stage = s.Stage;
        CreatedAt = s.CreatedAt;
        SubmittedAt = s.SubmittedAt;
        PublicityEndsOn = s.PublicityEndsOn;
        ApprovedOn = s.ApprovedOn;
        ApprovedFiscalCny = s.ApprovedFiscalCny;
        ContractSignedOn = s.ContractSignedOn;
        ExtendedByMonths = s.ExtendedByMonths;
        ExtensionsGranted = s.ExtensionsGranted;
        PendingExtension = s.PendingExtension;
        _objections = [.. s.Objections];
        _actuals = [.. s.Actuals];
        TerminationCause = s.TerminationCause;
        IsCarriedOver = s.IsCarriedOver;
        AuditSequence = s.AuditSequence;
        StageEnteredAt = s.StageEnteredAt;
        StageEnteredAtSequence = s.StageEnteredAtSequence;
        MidTermPassed = s.MidTermPassed;
    }

    /// <summary>Project id.</summary>
    public string Id { get; }

    /// <summary>The call applied to.</summary>
    public string CallId { get; }

    /// <summary>Program year of the call.</summary>
    public int ProgramYear { get; }

    /// <summary>The application as last saved or submitted.</summary>
    public ApplicationForm Form { get; private set; }

    /// <summary>Current stage.</summary>
    public ProjectStage Stage { get; private set; }

    /// <summary>When the draft was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When first submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Last day of the publicity period, once published.</summary>
    public DateOnly? PublicityEndsOn { get; private set; }

    /// <summary>Approval date (Beijing).</summary>
    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>Fiscal funding approved; may differ from the amount requested.</summary>
    public decimal? ApprovedFiscalCny { get; private set; }

    /// <summary>Contract signature date (Beijing).</summary>
    public DateOnly? ContractSignedOn { get; private set; }

    /// <summary>Months of extension granted.</summary>
    public int ExtendedByMonths { get; private set; }

    /// <summary>Number of extensions granted.</summary>
    public int ExtensionsGranted { get; private set; }

    /// <summary>An extension request awaiting the officer.</summary>
    public ExtensionRequest? PendingExtension { get; private set; }

    /// <summary>Why the project was terminated, if it was.</summary>
    public TerminationCause? TerminationCause { get; private set; }

    /// <summary>True when imported mid-lifecycle from an earlier year (结转).</summary>
    public bool IsCarriedOver { get; }

    /// <summary>Number of audit entries recorded, including pending ones.</summary>
    public int AuditSequence { get; private set; }

    /// <summary>When the current stage was entered.</summary>
    public DateTimeOffset StageEnteredAt { get; private set; }

    /// <summary>Audit sequence of the transition that entered the current stage; with the stage it names the stage's workflow instance.</summary>
    public int StageEnteredAtSequence { get; private set; }

    /// <summary>True once the mid-term inspection has been passed.</summary>
    public bool MidTermPassed { get; private set; }

    /// <summary>Objections filed during publicity.</summary>
    public IReadOnlyList<Objection> Objections => _objections;

    /// <summary>Actual indicator values reported at acceptance.</summary>
    public IReadOnlyList<IndicatorActual> Actuals => _actuals;

    /// <summary>Audit entries created since the project was loaded, not yet stored.</summary>
    public IReadOnlyList<AuditEntry> PendingAudit => _pendingAudit;

    /// <summary>The program (from the category).</summary>
    public ProgramCode Program => Form.Program;

    /// <summary>The lead institution's id; applicants may act only on their institution's projects.</summary>
    public string InstitutionId => Form.Institution.Id;

    /// <summary>The execution end date, including granted extensions.</summary>
    public DateOnly ExecutionEndsOn => Form.ExecutionEndsOn.AddMonths(ExtendedByMonths);

    /// <summary>True when the project can no longer change stage.</summary>
    public bool IsTerminal => LifecycleRules.TerminalStages.Contains(Stage);

    /// <summary>True when an objection holds the project's approval.</summary>
    public bool HasOpenObjection => _objections.Any(o => o.Holds);

    /// <summary>
    /// True when <paramref name="actor"/> may know this project exists: everyone but applicants of another institution
    /// (who are told it does not exist, so they cannot probe other institutions' project ids).
    /// </summary>
    public bool IsVisibleTo(Actor actor) => actor is not null && (actor.Role != Role.Applicant || actor.InstitutionId == InstitutionId);

    /// <summary>Creates a draft application. Only an applicant of the form's institution may create it.</summary>
    public static Project CreateDraft(string id, AnnualCall call, ApplicationForm form, Actor applicant, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(applicant);
        if (applicant.Role != Role.Applicant || applicant.InstitutionId != form.Institution.Id)
        {
            throw new IllegalTransitionException(id, ProjectStage.Draft, ProjectAction.Submit, applicant.Role, RefusalReason.NotOwner,
                new BilingualText("只有承担单位的申报人可以创建申报书", "Only an applicant of the lead institution may create the application"));
        }

        return new Project(new ProjectSnapshot(id, call.Id, call.ProgramYear, form, ProjectStage.Draft, at, null, null, null, null, null, 0, 0, null, [], [], null, false, 0, at, 0, false));
    }

    /// <summary>Restores a project from storage.</summary>
    public static Project Rehydrate(ProjectSnapshot snapshot) => new(snapshot ?? throw new ArgumentNullException(nameof(snapshot)));

    /// <summary>The project's state as plain data for storage.</summary>
    public ProjectSnapshot ToSnapshot() => new(
        Id, CallId, ProgramYear, Form, Stage, CreatedAt, SubmittedAt, PublicityEndsOn, ApprovedOn, ApprovedFiscalCny, ContractSignedOn,
        ExtendedByMonths, ExtensionsGranted, PendingExtension, [.. _objections], [.. _actuals], TerminationCause, IsCarriedOver, AuditSequence,
        StageEnteredAt, StageEnteredAtSequence, MidTermPassed);

    /// <summary>Marks the pending audit entries as stored (called by the repository after a successful write).</summary>
    public void MarkAuditStored() => _pendingAudit.Clear();

    /// <summary>
    /// Checks that <paramref name="actor"/> may perform <paramref name="action"/> now, without doing it: the stage, the
    /// role, ownership and the reason. Data guards are checked by each action's method.
    /// </summary>
    /// <returns>The rule that applies.</returns>
    /// <exception cref="IllegalTransitionException">The action is not allowed.</exception>
    public TransitionRule EnsureAllowed(ProjectAction action, Actor actor, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rule = LifecycleRules.Find(Stage, action)
            ?? throw Refuse(action, actor, RefusalReason.NotAllowedInStage, new BilingualText(
                $"当前阶段允许的操作：{string.Join("、", LifecycleRules.ActionsFrom(Stage).Select(a => ActionNames.Of(a).Zh))}",
                $"allowed in this stage: {string.Join(", ", LifecycleRules.ActionsFrom(Stage))}"));
        if (!rule.AllowedRoles.Contains(actor.Role))
        {
            throw Refuse(action, actor, RefusalReason.RoleNotAllowed, new BilingualText(
                $"该操作只能由{string.Join("、", rule.AllowedRoles.Select(RoleName))}执行", $"only {string.Join(", ", rule.AllowedRoles)} may do this"));
        }

        if (actor.Role == Role.Applicant && action != ProjectAction.RaiseObjection && actor.InstitutionId != InstitutionId)
        {
            throw Refuse(action, actor, RefusalReason.NotOwner, new BilingualText("申报人只能操作本单位的项目", "an applicant may act only on their own institution's projects"));
        }

        if (rule.RequiresReason && string.IsNullOrWhiteSpace(reason))
        {
            throw Refuse(action, actor, RefusalReason.ReasonRequired, new BilingualText("必须说明理由", "a reason is required"));
        }

        return rule;
    }

    private void Transition(ProjectAction action, Actor actor, DateTimeOffset at, string? reason, Func<BilingualText?>? guard = null, Action? effect = null)
    {
        var rule = EnsureAllowed(action, actor, reason);
        var refusal = guard?.Invoke();
        if (refusal is not null)
        {
            throw Refuse(action, actor, RefusalReason.GuardFailed, refusal);
        }

        effect?.Invoke();
        var from = Stage;
        Stage = rule.To;
        AuditSequence++;
        if (from != rule.To)
        {
            StageEnteredAt = at;
            StageEnteredAtSequence = AuditSequence;
        }

        _pendingAudit.Add(new AuditEntry(Id, AuditSequence, at, actor, action, from, rule.To, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
    }

    private IllegalTransitionException Refuse(ProjectAction action, Actor actor, RefusalReason reason, BilingualText why) =>
        new(Id, Stage, action, actor.Role, reason, why);

    private static string RoleName(Role role) => role switch
    {
        Role.Applicant => "申报人",
        Role.Officer => "计划处",
        Role.Expert => "评审专家",
        Role.Public => "公众",
        Role.System => "系统",
        _ => role.ToString(),
    };

    private static DateOnly Today(DateTimeOffset at) => ChinaStandardTime.DateOf(at);
}
