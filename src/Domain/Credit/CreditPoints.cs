namespace XjKeji.Domain.Credit;

/// <summary>The default points of each credit event (REGULATIONS.md); a scheme may replace them.</summary>
public static class CreditPoints
{
    /// <summary>Points of an event kind under the default scheme.</summary>
    public static int Default(CreditEventKind kind) => kind switch
    {
        CreditEventKind.SubmittedOnTime => 0,
        CreditEventKind.SubmittedLate => -2,
        CreditEventKind.DeadlineMissed => -10,
        CreditEventKind.ContractNotSigned => -10,
        CreditEventKind.AcceptanceFailed => -20,
        CreditEventKind.TerminatedForCause => -30,
        CreditEventKind.DuplicatedEvidence => -30,
        CreditEventKind.ObjectionUpheld => -40,
        CreditEventKind.AcceptancePassedAllMet => 5,
        _ => 0,
    };

    /// <summary>
    /// The events a project's PI and lead institution both receive for one occurrence, keyed so that recording again is
    /// harmless.
    /// </summary>
    public static IReadOnlyList<CreditEvent> ForProject(Projects.Project project, CreditEventKind kind, string occurrenceKey, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(project);
        var points = Default(kind);
        return
        [
            new($"{occurrenceKey}:person", CreditSubjectKind.Person, project.Form.PrincipalInvestigator.Id, kind, points, at, project.Id, reason),
            new($"{occurrenceKey}:institution", CreditSubjectKind.Institution, project.InstitutionId, kind, points, at, project.Id, reason),
        ];
    }

    /// <summary>
    /// The kind of credit event a missed deadline records once its grace period has expired: a contract not signed for
    /// the contract signature (合同签订), a missed deadline for every other step.
    /// </summary>
    public static CreditEventKind ForMissed(Deadlines.DeadlineStep step) =>
        step == Deadlines.DeadlineStep.ContractSignature ? CreditEventKind.ContractNotSigned : CreditEventKind.DeadlineMissed;

    /// <summary>The events the PI and the lead institution receive for the missed deadline of <paramref name="step"/> (<see cref="ForMissed"/>), the PI's first.</summary>
    public static IReadOnlyList<CreditEvent> ForMissedDeadline(Projects.Project project, Deadlines.DeadlineStep step, string occurrenceKey, DateTimeOffset at, string reason) =>
        ForProject(project, ForMissed(step), occurrenceKey, at, reason);
}
