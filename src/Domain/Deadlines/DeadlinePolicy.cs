using XjKeji.Domain.Calendar;

namespace XjKeji.Domain.Deadlines;

/// <summary>
/// Computes every lifecycle deadline from <see cref="Regulations"/> on China's working-day calendar. Calendar-day windows
/// that end on a day off roll forward to the next working day, as offices do not close a window on a holiday.
/// </summary>
public sealed class DeadlinePolicy
{
    private readonly IWorkingDayCalendar _calendar;

    /// <summary>Creates the policy from rules and a calendar.</summary>
    public DeadlinePolicy(Regulations regulations, IWorkingDayCalendar calendar)
    {
        Regulations = regulations ?? throw new ArgumentNullException(nameof(regulations));
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    /// <summary>The rules in force.</summary>
    public Regulations Regulations { get; }

    /// <summary>What happens when each step's grace ends with nothing submitted.</summary>
    public static OverdueAction OnMissed(DeadlineStep step) => step switch
    {
        DeadlineStep.ContractSignature => OverdueAction.RecordCreditEvent | OverdueAction.Terminate | OverdueAction.EscalateToOfficer,
        DeadlineStep.Correction => OverdueAction.Terminate | OverdueAction.EscalateToOfficer,
        DeadlineStep.MidTermReport or DeadlineStep.AcceptanceReport => OverdueAction.RecordCreditEvent | OverdueAction.EscalateToOfficer,
        _ => OverdueAction.None,
    };

    /// <summary>
    /// Last day of the publicity period: the publication day counts when it is a working day, so 5 working days from a
    /// Monday publication end that Friday.
    /// </summary>
    public StepDeadline Publicity(DateOnly publishedOn)
    {
        var end = _calendar.AddWorkingDays(publishedOn.AddDays(-1), Regulations.PublicityPeriod.WorkingDays);
        return Build(DeadlineStep.Publicity, end);
    }

    /// <summary>The contract is due <see cref="ContractSigningWindowRule.CalendarDays"/> days after approval.</summary>
    public StepDeadline ContractSignature(DateOnly approvedOn) =>
        Build(DeadlineStep.ContractSignature, RollForward(approvedOn.AddDays(Regulations.ContractSigningWindow.CalendarDays)));

    /// <summary>A corrected application is due <see cref="CorrectionWindowRule.CalendarDays"/> days after it was returned.</summary>
    public StepDeadline Correction(DateOnly returnedOn) =>
        Build(DeadlineStep.Correction, RollForward(returnedOn.AddDays(Regulations.CorrectionWindow.CalendarDays)));

    /// <summary>
    /// The mid-term notice date: the midpoint of the execution period, for periods of at least
    /// <see cref="MidTermInspectionRule.MinimumExecutionYears"/> years; null for shorter projects.
    /// </summary>
    public DateOnly? MidTermNoticeOn(DateOnly executionStartsOn, DateOnly executionEndsOn)
    {
        if (executionEndsOn < executionStartsOn.AddYears(Regulations.MidTermInspection.MinimumExecutionYears).AddDays(-1))
        {
            return null;
        }

        var midpoint = executionStartsOn.AddDays((executionEndsOn.DayNumber - executionStartsOn.DayNumber) / 2);
        return _calendar.NextWorkingDayOnOrAfter(midpoint).Date;
    }

    /// <summary>The mid-term report is due <see cref="MidTermInspectionRule.ReportDueCalendarDays"/> days after the notice.</summary>
    public StepDeadline MidTermReport(DateOnly noticeOn) =>
        Build(DeadlineStep.MidTermReport, RollForward(noticeOn.AddDays(Regulations.MidTermInspection.ReportDueCalendarDays)));

    /// <summary>Acceptance materials are due <see cref="AcceptanceWindowRule.Months"/> months after the execution end date.</summary>
    public StepDeadline AcceptanceReport(DateOnly executionEndsOn) =>
        Build(DeadlineStep.AcceptanceReport, RollForward(executionEndsOn.AddMonths(Regulations.AcceptanceWindow.Months)));

    /// <summary>The last day an extension may be requested: <see cref="ExtensionRule.MinimumNoticeMonths"/> months before the end date.</summary>
    public DateOnly LatestExtensionRequestOn(DateOnly executionEndsOn) =>
        executionEndsOn.AddMonths(-Regulations.Extension.MinimumNoticeMonths);

    private CalendarDate RollForward(DateOnly date) => _calendar.NextWorkingDayOnOrAfter(date);

    private StepDeadline Build(DeadlineStep step, CalendarDate due)
    {
        var schedule = Regulations.ReminderSchedule;
        var provisional = due.IsProvisional;
        var reminders = new List<Reminder>();
        foreach (var before in schedule.WorkingDaysBefore.Where(d => d > 0).Distinct().OrderByDescending(d => d))
        {
            var on = _calendar.AddWorkingDays(due.Date, -before);
            provisional |= on.IsProvisional;
            reminders.Add(new Reminder(on.Date, before));
        }

        var notice = _calendar.AddWorkingDays(due.Date, schedule.OverdueNoticeWorkingDaysAfter);
        var grace = _calendar.AddWorkingDays(due.Date, schedule.GraceWorkingDays);
        provisional |= notice.IsProvisional || grace.IsProvisional;
        return new StepDeadline(step, due.Date, reminders, notice.Date, grace.Date, OnMissed(step), provisional);
    }
}
