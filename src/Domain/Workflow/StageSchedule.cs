using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Workflow;

/// <summary>
/// What the workflow must do, and when, while a project stays in its current stage: reminders before a deadline, the
/// overdue notice, the action when the grace ends, and transitions the system makes by itself. Pure: the orchestration
/// asks again whenever the project changes, so the schedule always follows the stored state.
/// </summary>
public static class StageSchedule
{
    /// <summary>The applicant's deadline in the project's current stage, or null when the stage has none.</summary>
    public static StepDeadline? CurrentDeadline(Project project, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(policy);
        var entered = ChinaStandardTime.DateOf(project.StageEnteredAt);
        return project.Stage switch
        {
            ProjectStage.ReturnedForCorrection => policy.Correction(entered),
            ProjectStage.Contract => policy.ContractSignature(project.ApprovedOn ?? entered),
            ProjectStage.MidTermInspection => policy.MidTermReport(entered),
            ProjectStage.AcceptanceDue => policy.AcceptanceReport(project.ExecutionEndsOn),
            _ => null,
        };
    }

    /// <summary>The steps of the project's current stage, earliest first.</summary>
    public static IReadOnlyList<ScheduledStep> For(Project project, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(project);
        var steps = new List<ScheduledStep>();
        var deadline = CurrentDeadline(project, policy);
        if (deadline is not null)
        {
            steps.AddRange(deadline.Reminders.Select(r => new ScheduledStep($"reminder-{r.WorkingDaysBefore}", ScheduledStepKind.Reminder, r.SendAt, deadline, r.WorkingDaysBefore)));
            steps.Add(new ScheduledStep("overdue", ScheduledStepKind.OverdueNotice, ChinaStandardTime.StartOfDay(deadline.OverdueNoticeOn).AddHours(9), deadline));
            steps.Add(new ScheduledStep("grace-expired", ScheduledStepKind.GraceExpired, deadline.GraceEndsAt.AddTicks(1), deadline));
        }

        steps.AddRange(AutoTransitions(project, policy));
        return [.. steps.OrderBy(s => s.At)];
    }

    private static IEnumerable<ScheduledStep> AutoTransitions(Project project, DeadlinePolicy policy)
    {
        // Keys carry the audit sequence: an automatic step refused by a guard (an open objection holds the end of
        // publicity) gets a new key, and so a new attempt, once the project changes.
        var seq = project.AuditSequence;
        switch (project.Stage)
        {
            case ProjectStage.Publicity when project.PublicityEndsOn is { } end:
                yield return Auto(ProjectAction.EndPublicity, ChinaStandardTime.StartOfDay(end.AddDays(1)), seq);
                break;
            case ProjectStage.Approval:
                yield return Auto(ProjectAction.Approve, project.StageEnteredAt, seq);
                break;
            case ProjectStage.Execution:
                if (!project.MidTermPassed && policy.MidTermNoticeOn(project.Form.ExecutionStartsOn, project.ExecutionEndsOn) is { } notice)
                {
                    yield return Auto(ProjectAction.StartMidTermInspection, ChinaStandardTime.StartOfDay(notice).AddHours(9), seq);
                }

                yield return Auto(ProjectAction.OpenAcceptance, ChinaStandardTime.StartOfDay(project.ExecutionEndsOn.AddDays(1)), seq);
                break;
        }
    }

    private static ScheduledStep Auto(ProjectAction action, DateTimeOffset at, int sequence) =>
        new($"auto-{action}-{sequence}", ScheduledStepKind.AutoTransition, at, Action: action);
}
