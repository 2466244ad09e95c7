namespace XjKeji.Domain.Review;

/// <summary>Whether an expert may sit on an application's panel: available, with reviewer status, and without conflict.</summary>
public static class ReviewEligibility
{
    /// <summary>Every reason the expert may not review the application; empty when they may.</summary>
    public static IReadOnlyList<ExclusionReason> Explain(Expert expert, ReviewApplication application, ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(context);
        var reasons = new List<ExclusionReason>();
        if (!expert.Available)
        {
            reasons.Add(new(ExclusionKind.Unavailable, new("专家暂不可用", "The expert is not available")));
        }

        foreach (var f in expert.ActiveMisconductAt(context.AsOf, context.Misconduct))
        {
            var last = f.LastBannedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            reasons.Add(new(ExclusionKind.NoReviewerStatus, new($"专家有科研失信记录，{last}前不具备评审资格", $"The expert has a misconduct record and no reviewer status until {last}")));
        }

        reasons.AddRange(ConflictOfInterest.Explain(expert, application, context.History));
        return reasons;
    }

    /// <summary>True when the expert may review the application.</summary>
    public static bool IsEligible(Expert expert, ReviewApplication application, ReviewContext context) => Explain(expert, application, context).Count == 0;
}
