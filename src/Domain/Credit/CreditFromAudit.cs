using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Credit;

/// <summary>
/// The credit events an officer's decision implies, read from the project's audit trail: an upheld objection, a failed
/// acceptance, a termination for cause, and an acceptance passed with every indicator met. Each event's key names the
/// audit entry, so deriving them again (after a crash, on every sync) records nothing twice.
/// </summary>
/// <remarks>Deadline events (late, missed, contract not signed) are recorded by the stage workflow when they happen.</remarks>
public static class CreditFromAudit
{
    /// <summary>The events for the PI and the institution implied by <paramref name="trail"/>.</summary>
    public static IReadOnlyList<CreditEvent> Events(Project project, IEnumerable<AuditEntry> trail)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(trail);
        var events = new List<CreditEvent>();
        foreach (var entry in trail)
        {
            var kind = entry.Action switch
            {
                ProjectAction.UpholdObjection => CreditEventKind.ObjectionUpheld,
                ProjectAction.FailAcceptance => CreditEventKind.AcceptanceFailed,
                ProjectAction.Terminate when project.TerminationCause == TerminationCause.ForCause => CreditEventKind.TerminatedForCause,
                ProjectAction.PassAcceptance when AllIndicatorsMet(project) => CreditEventKind.AcceptancePassedAllMet,
                _ => (CreditEventKind?)null,
            };
            if (kind is { } k)
            {
                events.AddRange(CreditPoints.ForProject(project, k, $"{project.Id}:audit:{entry.Sequence}:{k}", entry.At, entry.Reason ?? k.ToString()));
            }
        }

        return events;
    }

    /// <summary>Whether every numeric target has an actual at least as good (lower is better for cost indicators).</summary>
    public static bool AllIndicatorsMet(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var actuals = project.Actuals.ToDictionary(a => a.IndicatorCode, StringComparer.Ordinal);
        return project.Form.Targets.Where(t => t.Value.Number is not null).All(t =>
            actuals.TryGetValue(t.IndicatorCode, out var actual) && actual.Value.Number is { } got
            && (IndicatorCatalog.Find(t.IndicatorCode)?.Direction == IndicatorDirection.LowerIsBetter ? got <= t.Value.Number!.Value : got >= t.Value.Number!.Value));
    }
}
