namespace XjKeji.Domain.Deadlines;

/// <summary>The human steps that have a deadline.</summary>
public enum DeadlineStep
{
    /// <summary>Applicant corrects a returned application.</summary>
    Correction = 1,

    /// <summary>The publicity period (ends by itself; no one submits).</summary>
    Publicity = 2,

    /// <summary>Applicant signs the contract.</summary>
    ContractSignature = 3,

    /// <summary>Applicant submits the mid-term report.</summary>
    MidTermReport = 4,

    /// <summary>Applicant submits acceptance materials.</summary>
    AcceptanceReport = 5,
}

/// <summary>What happens when a step's grace period passes with nothing submitted.</summary>
[Flags]
public enum OverdueAction
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The officer is told (email and the overdue list).</summary>
    EscalateToOfficer = 1,

    /// <summary>A credit event "deadline missed" is recorded for the PI and institution.</summary>
    RecordCreditEvent = 2,

    /// <summary>The project is terminated (or rejected before approval).</summary>
    Terminate = 4,
}
