namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// The path a driver tries to take a lifecycle along. A kill can push a lifecycle off its path (a contract window that
/// closes while the host is down): the driver then follows the project wherever the rules take it, and the checks look
/// only at what happened, never at what was planned.
/// </summary>
internal enum FaultPath
{
    /// <summary>Funded, contract signed with its file, acceptance report with evidence, passed: Closed.</summary>
    Closed,

    /// <summary>A two-year project: mid-term report with its file, passed, early acceptance report, passed: Closed.</summary>
    MidTermThenClosed,

    /// <summary>Acceptance report submitted and failed by the officer: AcceptanceFailed.</summary>
    AcceptanceFailedOnReview,

    /// <summary>No acceptance report: reminders, overdue notice, credit event and escalation, then the officer fails it.</summary>
    AcceptanceMissed,

    /// <summary>Funded but the contract is never signed: terminated by the workflow when the grace ends.</summary>
    ContractMissed,

    /// <summary>Returned for correction and never resubmitted: rejected by the workflow when the grace ends.</summary>
    CorrectionMissed,

    /// <summary>Returned for correction, resubmitted, passed, then declined at review: Rejected.</summary>
    CorrectedThenDeclined,

    /// <summary>Rejected at the eligibility check.</summary>
    RejectedAtEligibility,

    /// <summary>An objection during publicity, upheld: Rejected with a credit event.</summary>
    ObjectionUpheld,

    /// <summary>Terminated for cause during execution, with a credit event.</summary>
    TerminatedForCause,

    /// <summary>Withdrawn by the applicant during expert review.</summary>
    Withdrawn,
}

/// <summary>What each path needs from the application form and which evidence it uploads.</summary>
internal static class FaultPaths
{
    public static IReadOnlyList<FaultPath> All { get; } = Enum.GetValues<FaultPath>();

    /// <summary>
    /// Execution period, relative to the business date of submission so every round (and every late starter in a big
    /// one) sees the same windows. A one-year project ends three weeks on, so acceptance opens soon after the contract;
    /// the two-year one has its mid-term notice a month on (program year 2018 forbids starting earlier than 2018).
    /// </summary>
    public static (DateOnly Starts, DateOnly Ends) Execution(FaultPath path, DateOnly today)
    {
        if (path != FaultPath.MidTermThenClosed)
        {
            return (today.AddDays(-200), today.AddDays(21));
        }

        var starts = today.AddDays(30).AddYears(-1);
        return (starts, starts.AddYears(2).AddDays(-1));
    }

    /// <summary>True when the path signs a contract, so the signed contract is uploaded right after submission.</summary>
    public static bool SignsContract(FaultPath path) => path is FaultPath.Closed or FaultPath.MidTermThenClosed or FaultPath.AcceptanceFailedOnReview
        or FaultPath.AcceptanceMissed or FaultPath.TerminatedForCause;

    /// <summary>True when the path submits an acceptance report, so its files are uploaded early.</summary>
    public static bool ReportsAcceptance(FaultPath path) => path is FaultPath.Closed or FaultPath.MidTermThenClosed or FaultPath.AcceptanceFailedOnReview;
}
