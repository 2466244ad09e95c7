namespace XjKeji.Domain.Credit;

/// <summary>The events that change a credit record (REGULATIONS.md, Credit).</summary>
public enum CreditEventKind
{
    /// <summary>A step submitted on time (0 points; recorded so the record shows good conduct too).</summary>
    SubmittedOnTime = 1,

    /// <summary>A step submitted late, within the grace period (−2).</summary>
    SubmittedLate = 2,

    /// <summary>A deadline missed with nothing submitted (−10).</summary>
    DeadlineMissed = 3,

    /// <summary>Contract not signed within the window without reason (−10).</summary>
    ContractNotSigned = 4,

    /// <summary>Acceptance failed (−20).</summary>
    AcceptanceFailed = 5,

    /// <summary>Terminated for cause (−30).</summary>
    TerminatedForCause = 6,

    /// <summary>Evidence duplicated across institutions, confirmed by the officer (−30).</summary>
    DuplicatedEvidence = 7,

    /// <summary>An objection upheld for misconduct (−40).</summary>
    ObjectionUpheld = 8,

    /// <summary>Acceptance passed with every indicator met (+5, capped at 100).</summary>
    AcceptancePassedAllMet = 9,

    /// <summary>An officer's correction with a recorded reason (any points).</summary>
    OfficerCorrection = 10,
}
