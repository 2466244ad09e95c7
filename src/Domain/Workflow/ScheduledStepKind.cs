namespace XjKeji.Domain.Workflow;

/// <summary>What the workflow does at a scheduled moment of a stage.</summary>
public enum ScheduledStepKind
{
    /// <summary>Remind the applicant of the deadline.</summary>
    Reminder = 1,

    /// <summary>Tell the applicant the deadline has passed (late submission still accepted within grace).</summary>
    OverdueNotice = 2,

    /// <summary>The grace period ended with nothing submitted: apply the step's <see cref="Deadlines.OverdueAction"/>.</summary>
    GraceExpired = 3,

    /// <summary>A transition the system makes by itself (end of publicity, approval, mid-term notice, end of execution).</summary>
    AutoTransition = 4,
}
