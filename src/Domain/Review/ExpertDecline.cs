using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>An expert declines an assigned application; the reason is mandatory because it is kept on record.</summary>
/// <param name="ProjectId">The application.</param>
/// <param name="ExpertId">The expert declining.</param>
/// <param name="Reason">Why (e.g. a conflict discovered, unavailable on the review date).</param>
/// <param name="At">When.</param>
public sealed record ExpertDecline(string ProjectId, string ExpertId, string Reason, DateTimeOffset At)
{
    /// <summary>Checks the decline; every problem at once.</summary>
    public ValidationResult Validate()
    {
        var r = new ValidationResult();
        if (string.IsNullOrWhiteSpace(ProjectId))
        {
            r.Add("projectId", "required", "必须指明项目", "The project is required");
        }

        if (string.IsNullOrWhiteSpace(ExpertId))
        {
            r.Add("expertId", "required", "必须指明专家", "The expert is required");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            r.Add("reason", "required", "谢绝评审必须说明理由", "Declining needs a reason");
        }

        return r;
    }
}

/// <summary>The outcome of a decline: the replacement chosen, or the shortfall when nobody eligible is left.</summary>
/// <param name="Decline">The decline handled.</param>
/// <param name="Replacement">The new assignment; null when none was possible.</param>
/// <param name="Shortfall">Why no replacement was possible; null when one was found.</param>
public sealed record ReplacementResult(ExpertDecline Decline, ReviewAssignment? Replacement, PanelShortfall? Shortfall);
