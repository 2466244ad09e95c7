namespace XjKeji.Domain.Review;

/// <summary>The panels planned for a call's applications.</summary>
/// <param name="Panels">One panel per application, in the order the applications were given.</param>
/// <param name="LoadAfter">Each expert's load (active assignments) once the plan is accepted.</param>
public sealed record ReviewAssignmentPlan(IReadOnlyList<ApplicationPanel> Panels, IReadOnlyDictionary<string, int> LoadAfter)
{
    /// <summary>Every shortfall, one per incomplete panel.</summary>
    public IReadOnlyList<PanelShortfall> Shortfalls => [.. Panels.Select(p => p.Shortfall).OfType<PanelShortfall>()];

    /// <summary>True when every panel is full.</summary>
    public bool IsComplete => Panels.All(p => p.IsComplete);

    /// <summary>Every assignment of the plan.</summary>
    public IEnumerable<ReviewAssignment> Assignments => Panels.SelectMany(p => p.Assignments);
}
