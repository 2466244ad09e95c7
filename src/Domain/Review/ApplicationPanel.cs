namespace XjKeji.Domain.Review;

/// <summary>The panel planned for one application, and its shortfall when not enough experts were eligible.</summary>
/// <param name="ProjectId">The application.</param>
/// <param name="Assignments">The experts assigned, in the order chosen (best match, then lightest load, then id).</param>
/// <param name="Shortfall">Null when the panel is full.</param>
public sealed record ApplicationPanel(string ProjectId, IReadOnlyList<ReviewAssignment> Assignments, PanelShortfall? Shortfall)
{
    /// <summary>True when the panel has every seat filled.</summary>
    public bool IsComplete => Shortfall is null;

    /// <summary>The assigned experts' ids.</summary>
    public IReadOnlyList<string> ExpertIds => [.. Assignments.Select(a => a.ExpertId)];
}
