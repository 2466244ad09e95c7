namespace XjKeji.Domain.Deadlines;

/// <summary>
/// Every number of REGULATIONS.md in one place, named as there. <see cref="Defaults"/> ships the regulation defaults;
/// a call or configuration may replace any part (records compose with <c>with</c>).
/// </summary>
/// <param name="PublicityPeriod">公示期.</param>
/// <param name="ObjectionRules">Who may object and when.</param>
/// <param name="ContractSigningWindow">Window to sign the contract after approval.</param>
/// <param name="MidTermInspection">When a mid-term inspection is held and its report is due.</param>
/// <param name="AcceptanceWindow">Window to submit acceptance materials after execution ends.</param>
/// <param name="Extension">Rules for extension requests.</param>
/// <param name="ReminderSchedule">Reminders before deadlines and the overdue notice.</param>
/// <param name="ReviewPanel">Expert panel size and trimming.</param>
/// <param name="CorrectionWindow">Window to resubmit a returned application (a chosen default; REGULATIONS.md names none).</param>
public sealed record Regulations(
    PublicityPeriodRule PublicityPeriod,
    ObjectionRulesRule ObjectionRules,
    ContractSigningWindowRule ContractSigningWindow,
    MidTermInspectionRule MidTermInspection,
    AcceptanceWindowRule AcceptanceWindow,
    ExtensionRule Extension,
    ReminderScheduleRule ReminderSchedule,
    ReviewPanelRule ReviewPanel,
    CorrectionWindowRule CorrectionWindow)
{
    /// <summary>The defaults of REGULATIONS.md.</summary>
    public static Regulations Defaults { get; } = new(
        new PublicityPeriodRule(WorkingDays: 5),
        new ObjectionRulesRule(OnlyWithinPeriod: true, AnonymousAccepted: false),
        new ContractSigningWindowRule(CalendarDays: 30),
        new MidTermInspectionRule(MinimumExecutionYears: 2, ReportDueCalendarDays: 30, AnnualProgressReport: true),
        new AcceptanceWindowRule(Months: 3),
        new ExtensionRule(MinimumNoticeMonths: 3, MaximumCount: 1, MaximumMonths: 12),
        new ReminderScheduleRule(WorkingDaysBefore: [7, 3, 1], OverdueNoticeWorkingDaysAfter: 1, GraceWorkingDays: 5),
        new ReviewPanelRule(ExpertsPerApplication: 5, TrimHighestAndLowestFrom: 5),
        new CorrectionWindowRule(CalendarDays: 15));

    /// <summary>信用: the credit scheme (points, fading, grades, ban lengths); defaults from REGULATIONS.md, Credit.</summary>
    public Credit.CreditRules Credit { get; init; } = Domain.Credit.CreditRules.Defaults;
}

/// <summary>公示期: the publicity period in working days, counted from the publication day when that is a working day.</summary>
/// <param name="WorkingDays">Length of the period in working days (default 5).</param>
public sealed record PublicityPeriodRule(int WorkingDays);

/// <summary>异议: objections only within the period; anonymous ones are recorded but not handled.</summary>
/// <param name="OnlyWithinPeriod">Objections after the period are refused.</param>
/// <param name="AnonymousAccepted">Whether anonymous objections hold a project (default: no).</param>
public sealed record ObjectionRulesRule(bool OnlyWithinPeriod, bool AnonymousAccepted);

/// <summary>合同签订期限: calendar days after approval; unsigned without reason means the applicant gives up the project.</summary>
/// <param name="CalendarDays">Length of the window (default 30).</param>
public sealed record ContractSigningWindowRule(int CalendarDays);

/// <summary>中期检查: held at the midpoint of execution periods of at least <paramref name="MinimumExecutionYears"/> years.</summary>
/// <param name="MinimumExecutionYears">Shortest execution period that gets a mid-term inspection (default 2).</param>
/// <param name="ReportDueCalendarDays">Days after the notice the report is due (default 30).</param>
/// <param name="AnnualProgressReport">Whether an annual progress report is due each program year.</param>
public sealed record MidTermInspectionRule(int MinimumExecutionYears, int ReportDueCalendarDays, bool AnnualProgressReport);

/// <summary>验收: acceptance materials due within this many months after the execution end date.</summary>
/// <param name="Months">Window in months (default 3).</param>
public sealed record AcceptanceWindowRule(int Months);

/// <summary>延期: requested at least <paramref name="MinimumNoticeMonths"/> before the end date, at most <paramref name="MaximumCount"/> times, for at most <paramref name="MaximumMonths"/>.</summary>
/// <param name="MinimumNoticeMonths">Months of notice before the execution end (default 3).</param>
/// <param name="MaximumCount">Extensions allowed per project (default 1).</param>
/// <param name="MaximumMonths">Longest extension (default 12).</param>
public sealed record ExtensionRule(int MinimumNoticeMonths, int MaximumCount, int MaximumMonths);

/// <summary>Reminders before each deadline, an overdue notice after it, and the grace within which a late step is still accepted.</summary>
/// <param name="WorkingDaysBefore">Reminders go out this many working days before a deadline (default 7, 3, 1).</param>
/// <param name="OverdueNoticeWorkingDaysAfter">The overdue notice goes out this many working days after it (default 1).</param>
/// <param name="GraceWorkingDays">A step submitted within this many working days after the deadline is late, not missed (chosen default 5; the regulations name a grace without a number).</param>
public sealed record ReminderScheduleRule(IReadOnlyList<int> WorkingDaysBefore, int OverdueNoticeWorkingDaysAfter, int GraceWorkingDays);

/// <summary>评审专家组: experts per application, and from which panel size the highest and lowest score are dropped.</summary>
/// <param name="ExpertsPerApplication">Panel size (default 5).</param>
/// <param name="TrimHighestAndLowestFrom">Drop the highest and lowest score when at least this many scores exist (default 5).</param>
public sealed record ReviewPanelRule(int ExpertsPerApplication, int TrimHighestAndLowestFrom);

/// <summary>退回修改: calendar days to resubmit a returned application.</summary>
/// <param name="CalendarDays">Length of the window (chosen default 15).</param>
public sealed record CorrectionWindowRule(int CalendarDays);
