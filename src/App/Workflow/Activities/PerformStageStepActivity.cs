using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using XjKeji.App.Notifications;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.App.Workflow.Activities;

/// <summary>
/// Performs one scheduled step of a stage visit: a reminder, an overdue notice, the overdue action, or an automatic
/// transition. It re-reads the project and re-derives the step from the stored state, so a step that no longer applies
/// does nothing. Every effect is idempotent: emails and credit events are keyed by the stage visit and step, and a
/// transition is written with the project's ETag (a concurrent change makes it start over from a fresh read).
/// </summary>
/// <remarks>
/// An overdue action has several effects (a termination, a credit event for the PI and one for the institution, the
/// officer's escalation), and a crash can stop it between two. Its first durable effect decides it: the termination when
/// it has one (written first, under the ETag, so a contract signed at the last moment wins and nothing is recorded),
/// otherwise the PI's credit event. A retry that finds the project moved on since (the late report arrived meanwhile)
/// finishes an overdue action so decided, on the project as it stood in the visit, instead of leaving it half done.
/// </remarks>
public sealed partial class PerformStageStepActivity : TaskActivity<StepRequest, StepOutcome>
{
    private const int MaxConflictRetries = 5;
    private readonly IProjectRepository _projects;
    private readonly IEmailSender _email;
    private readonly ICreditEventLog _credit;
    private readonly DeadlinePolicy _policy;
    private readonly WorkflowOptions _options;
    private readonly ILogger<PerformStageStepActivity> _logger;

    /// <summary>Creates the activity.</summary>
    public PerformStageStepActivity(IProjectRepository projects, IEmailSender email, ICreditEventLog credit, DeadlinePolicy policy, WorkflowOptions options, ILogger<PerformStageStepActivity> logger)
    {
        _projects = projects ?? throw new ArgumentNullException(nameof(projects));
        _email = email ?? throw new ArgumentNullException(nameof(email));
        _credit = credit ?? throw new ArgumentNullException(nameof(credit));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public override async Task<StepOutcome> RunAsync(TaskActivityContext context, StepRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryPerformAsync(input);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                LogConflict(input.Stage.InstanceId, input.StepKey, attempt);
            }
        }
    }

    private async Task<StepOutcome> TryPerformAsync(StepRequest input)
    {
        var stage = input.Stage;
        var found = await _projects.FindAsync(stage.ProjectId);
        if (found is null)
        {
            return StepOutcome.NoLongerApplies;
        }

        if (!stage.Is(StageView.Of(found.Project)))
        {
            return await FinishDecidedOverdueActionAsync(found.Project, input) ? StepOutcome.Performed : StepOutcome.NoLongerApplies;
        }

        var project = found.Project;
        var step = StageSchedule.For(project, _policy).FirstOrDefault(s => s.Key == input.StepKey);
        if (step is null)
        {
            return StepOutcome.NoLongerApplies;
        }

        var key = $"{stage.InstanceId}:{step.Key}";
        var link = EmailTemplates.ProjectLink(_options.PortalBaseUrl, project.Id);
        switch (step.Kind)
        {
            case ScheduledStepKind.Reminder:
                await _email.SendAsync(EmailTemplates.Reminder(key, project, step.Deadline!, step.WorkingDaysBefore, link));
                return StepOutcome.Performed;
            case ScheduledStepKind.OverdueNotice:
                await _email.SendAsync(EmailTemplates.Overdue(key, project, step.Deadline!, link));
                return StepOutcome.Performed;
            case ScheduledStepKind.GraceExpired:
                await ApplyOverdueActionAsync(found, step, key, link);
                return StepOutcome.Performed;
            default:
                return await AutoTransitionAsync(found, step, key, link);
        }
    }

    private async Task ApplyOverdueActionAsync(VersionedProject found, ScheduledStep step, string key, Uri link)
    {
        var project = found.Project;
        var deadline = step.Deadline!;
        if (deadline.OnMissed.HasFlag(OverdueAction.Terminate))
        {
            var system = Actor.System(key);
            var reason = Reason(deadline);
            var asInVisit = Project.Rehydrate(project.ToSnapshot());
            if (project.Stage == ProjectStage.Contract)
            {
                project.Terminate(system, step.At, TerminationCause.ContractNotSigned, reason);
            }
            else
            {
                project.RejectEligibility(system, step.At, reason);
            }

            await _projects.SaveAsync(project, found.ETag);
            project = asInVisit;
        }

        await RecordAndEscalateAsync(project, step, key, link);
    }

    // The effects after the deciding one, each idempotent by key; `project` is the project as it stood in the visit.
    private async Task RecordAndEscalateAsync(Project project, ScheduledStep step, string key, Uri link)
    {
        var deadline = step.Deadline!;
        var actions = deadline.OnMissed;
        var done = new List<string>();
        if (actions.HasFlag(OverdueAction.RecordCreditEvent))
        {
            // The PI's event first: without a termination, it is the one that decides the action (see the remarks).
            var events = CreditEventsOf(project, step, key);
            foreach (var e in events)
            {
                await _credit.RecordAsync(e);
            }

            done.Add($"记入信用记录（{events[0].Points}分）");
        }

        if (actions.HasFlag(OverdueAction.Terminate))
        {
            done.Add(project.Stage == ProjectStage.Contract ? "视为放弃项目，终止" : "不予受理");
        }

        if (actions.HasFlag(OverdueAction.EscalateToOfficer))
        {
            var what = done.Count > 0 ? string.Join("；", done) : "已通知计划处";
            await _email.SendAsync(EmailTemplates.Escalation($"{key}:officer", _options.OfficerEmail, project, deadline, what, link));
        }
    }

    /// <summary>
    /// Finishes the overdue action of <paramref name="input"/> if it was decided before <paramref name="project"/> left
    /// the visit (see the remarks); true when it was.
    /// </summary>
    private async Task<bool> FinishDecidedOverdueActionAsync(Project project, StepRequest input)
    {
        var visit = input.Stage;
        var trail = await _projects.GetAuditTrailAsync(project.Id);
        if (trail.FirstOrDefault(e => e.Sequence == visit.EnteredAtSequence) is not { } entered)
        {
            return false;
        }

        var asInVisit = Project.Rehydrate(project.ToSnapshot() with { Stage = visit.Stage, StageEnteredAtSequence = visit.EnteredAtSequence, StageEnteredAt = entered.At });
        var step = StageSchedule.For(asInVisit, _policy).FirstOrDefault(s => s.Key == input.StepKey);
        if (step is not { Kind: ScheduledStepKind.GraceExpired })
        {
            return false;
        }

        var key = $"{visit.InstanceId}:{step.Key}";
        var onMissed = step.Deadline!.OnMissed;
        var decided = onMissed.HasFlag(OverdueAction.Terminate)
            ? trail.Any(e => e.Actor.Role == Role.System && e.Actor.Id == key)
            : onMissed.HasFlag(OverdueAction.RecordCreditEvent)
              && CreditEventsOf(asInVisit, step, key).First(e => e.SubjectKind == CreditSubjectKind.Person) is var pi
              && (await _credit.ListAsync(pi.SubjectKind, pi.SubjectId)).Any(e => e.Key == pi.Key);
        if (!decided)
        {
            return false;
        }

        LogFinishing(key, project.Stage);
        await RecordAndEscalateAsync(asInVisit, step, key, EmailTemplates.ProjectLink(_options.PortalBaseUrl, project.Id));
        return true;
    }

    // The PI's event, then the institution's, for the missed deadline of `step`, keyed by the step's effect key.
    private static IReadOnlyList<CreditEvent> CreditEventsOf(Project project, ScheduledStep step, string key) =>
        CreditPoints.ForMissedDeadline(project, step.Deadline!.Step, key, step.At, Reason(step.Deadline));

    private static string Reason(StepDeadline deadline) => $"未在宽限期（{deadline.GraceEndsOn:yyyy-MM-dd}）内{EmailTemplates.StepName(deadline.Step)}";

    private async Task<StepOutcome> AutoTransitionAsync(VersionedProject found, ScheduledStep step, string key, Uri link)
    {
        var project = found.Project;
        var system = Actor.System(key);
        try
        {
            switch (step.Action)
            {
                case ProjectAction.EndPublicity: project.EndPublicity(system, step.At); break;
                case ProjectAction.Approve: project.Approve(system, step.At); break;
                case ProjectAction.StartMidTermInspection: project.StartMidTermInspection(system, step.At); break;
                case ProjectAction.OpenAcceptance: project.OpenAcceptance(system, step.At); break;
                default: throw new InvalidOperationException($"No automatic transition for {step.Action}.");
            }
        }
        catch (IllegalTransitionException refused) when (refused.Reason == RefusalReason.GuardFailed)
        {
            await _email.SendAsync(EmailTemplates.Blocked($"{key}:blocked", _options.OfficerEmail, project, step.Action!.Value, refused.Why.Zh, link));
            return StepOutcome.Blocked;
        }

        await _projects.SaveAsync(project, found.ETag);
        return StepOutcome.Performed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finishing the overdue action {Key}, decided before a crash; the project has since moved on to {Stage}.")]
    private partial void LogFinishing(string key, ProjectStage stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Step {StepKey} of {InstanceId} met a concurrent change (attempt {Attempt}); retrying from a fresh read.")]
    private partial void LogConflict(string instanceId, string stepKey, int attempt);
}
