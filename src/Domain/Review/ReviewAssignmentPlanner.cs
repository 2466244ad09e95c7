using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// Plans review panels (专家评审分组). Each application gets <see cref="ExpertsPerApplication"/> distinct experts, never one
/// who is unavailable, without reviewer status or in conflict (<see cref="ReviewEligibility"/>). Seats are filled one at a
/// time by the best <see cref="FieldMatch"/>, then the lightest load (existing plus planned so far), then expert id
/// (ordinal), so the plan depends only on the inputs, not on their order. Applications are served scarcest first (fewest
/// eligible experts, then project id) so that the experts a constrained application needs are not used up elsewhere first
/// for no reason. When too few experts are eligible, the panel keeps every eligible one and reports a
/// <see cref="PanelShortfall"/>; there is no exception per application.
/// </summary>
/// <remarks>
/// Balance guarantee: when every expert is eligible for every application at the same match, each panel takes the N
/// lightest experts; by induction the spread (max − min) of loads never grows beyond max(initial spread, 1). With
/// conflicts or matches the planner stays greedy and deterministic but promises no bound.
/// </remarks>
public sealed class ReviewAssignmentPlanner
{
    /// <summary>Creates a planner with the panel size of <paramref name="rule"/> (REGULATIONS.md ReviewPanel).</summary>
    public ReviewAssignmentPlanner(ReviewPanelRule rule)
        : this((rule ?? throw new ArgumentNullException(nameof(rule))).ExpertsPerApplication)
    {
    }

    /// <summary>Creates a planner with an explicit panel size.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is less than one.</exception>
    public ReviewAssignmentPlanner(int expertsPerApplication)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expertsPerApplication, 1);
        ExpertsPerApplication = expertsPerApplication;
    }

    /// <summary>Experts per application.</summary>
    public int ExpertsPerApplication { get; }

    /// <summary>Plans a panel for every application.</summary>
    /// <param name="applications">The applications to review (project ids unique).</param>
    /// <param name="experts">The expert pool (ids unique, entries valid); their <see cref="Expert.ActiveAssignments"/> is the starting load.</param>
    /// <param name="context">Co-application history, misconduct findings and the time of assignment.</param>
    /// <exception cref="DomainValidationException">Duplicate ids or an invalid expert entry; every problem at once.</exception>
    public ReviewAssignmentPlan Plan(IReadOnlyList<ReviewApplication> applications, IReadOnlyList<Expert> experts, ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(experts);
        ArgumentNullException.ThrowIfNull(context);
        ValidateInputs(applications, experts).ThrowIfInvalid();

        var pool = experts.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var load = pool.ToDictionary(e => e.Id, e => e.ActiveAssignments, StringComparer.Ordinal);
        var exclusions = applications.ToDictionary(a => a.ProjectId, a => pool.ToDictionary(e => e.Id, e => ReviewEligibility.Explain(e, a, context)));
        var panels = new Dictionary<string, ApplicationPanel>(StringComparer.Ordinal);
        var order = applications
            .OrderBy(a => exclusions[a.ProjectId].Count(x => x.Value.Count == 0))
            .ThenBy(a => a.ProjectId, StringComparer.Ordinal);
        foreach (var application in order)
        {
            var excluded = exclusions[application.ProjectId];
            var chosen = new List<ReviewAssignment>();
            var candidates = pool.Where(e => excluded[e.Id].Count == 0).ToList();
            var match = candidates.ToDictionary(e => e.Id, e => ExpertMatching.Match(e, application), StringComparer.Ordinal);
            while (chosen.Count < ExpertsPerApplication && candidates.Count > 0)
            {
                var best = Best(candidates, match, load);
                candidates.Remove(best);
                load[best.Id]++;
                chosen.Add(new ReviewAssignment(application.ProjectId, best.Id, match[best.Id]));
            }

            var shortfall = chosen.Count < ExpertsPerApplication
                ? PanelShortfall.Create(application.ProjectId, ExpertsPerApplication, chosen.Count, excluded.Values.Where(r => r.Count > 0))
                : null;
            panels[application.ProjectId] = new ApplicationPanel(application.ProjectId, chosen, shortfall);
        }

        return new ReviewAssignmentPlan([.. applications.Select(a => panels[a.ProjectId])], load);
    }

    /// <summary>
    /// Replaces an expert who declined, by the same rules as <see cref="Plan"/>, excluding everyone on the panel and
    /// everyone who declined this application before.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="currentPanel">The panel's expert ids, including the one declining.</param>
    /// <param name="decline">The decline (reason mandatory).</param>
    /// <param name="earlierDeclines">Earlier declines of this application.</param>
    /// <param name="experts">The pool with current loads.</param>
    /// <param name="context">History, findings and time.</param>
    /// <exception cref="DomainValidationException">The decline has no reason, is for another project, or the expert is not on the panel.</exception>
    public ReplacementResult Replace(
        ReviewApplication application,
        IReadOnlyList<string> currentPanel,
        ExpertDecline decline,
        IReadOnlyList<ExpertDecline> earlierDeclines,
        IReadOnlyList<Expert> experts,
        ReviewContext context)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(currentPanel);
        ArgumentNullException.ThrowIfNull(decline);
        ArgumentNullException.ThrowIfNull(earlierDeclines);
        ArgumentNullException.ThrowIfNull(experts);
        ArgumentNullException.ThrowIfNull(context);
        var problems = decline.Validate();
        if (!string.IsNullOrWhiteSpace(decline.ProjectId) && decline.ProjectId != application.ProjectId)
        {
            problems.Add("projectId", "wrong-project", "谢绝记录不属于本项目", "The decline is for another project");
        }

        if (!string.IsNullOrWhiteSpace(decline.ExpertId) && !currentPanel.Contains(decline.ExpertId, StringComparer.Ordinal))
        {
            problems.Add("expertId", "not-on-panel", "该专家不在本项目评审组中", "The expert is not on this application's panel");
        }

        foreach (var p in ValidateInputs([application], experts).Problems)
        {
            problems.Add(p);
        }

        problems.ThrowIfInvalid();

        var declined = earlierDeclines.Where(d => d.ProjectId == application.ProjectId).Select(d => d.ExpertId).Append(decline.ExpertId).ToHashSet(StringComparer.Ordinal);
        var onPanel = currentPanel.ToHashSet(StringComparer.Ordinal);
        var exclusions = new List<IReadOnlyList<ExclusionReason>>();
        var candidates = new List<Expert>();
        foreach (var e in experts.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var reasons = ReviewEligibility.Explain(e, application, context).ToList();
            if (declined.Contains(e.Id))
            {
                reasons.Add(new(ExclusionKind.Declined, new("专家已谢绝评审本项目", "The expert declined this application")));
            }
            else if (onPanel.Contains(e.Id))
            {
                reasons.Add(new(ExclusionKind.AlreadyOnPanel, new("专家已在本项目评审组中", "The expert is already on this panel")));
            }

            if (reasons.Count == 0)
            {
                candidates.Add(e);
            }
            else
            {
                exclusions.Add(reasons);
            }
        }

        if (candidates.Count == 0)
        {
            var remaining = currentPanel.Count(id => !string.Equals(id, decline.ExpertId, StringComparison.Ordinal));
            return new ReplacementResult(decline, null, PanelShortfall.Create(application.ProjectId, ExpertsPerApplication, remaining, exclusions));
        }

        var matches = candidates.ToDictionary(e => e.Id, e => ExpertMatching.Match(e, application), StringComparer.Ordinal);
        var best = Best(candidates, matches, candidates.ToDictionary(e => e.Id, e => e.ActiveAssignments, StringComparer.Ordinal));
        return new ReplacementResult(decline, new ReviewAssignment(application.ProjectId, best.Id, matches[best.Id]), null);
    }

    // Best match first, then lightest load, then id: a total order, so the choice is unique. A linear scan, not a sort,
    // because it runs once per seat.
    private static Expert Best(IReadOnlyList<Expert> candidates, IReadOnlyDictionary<string, FieldMatch> match, IReadOnlyDictionary<string, int> load)
    {
        var best = candidates[0];
        foreach (var e in candidates.Skip(1))
        {
            var better = match[e.Id] != match[best.Id] ? match[e.Id] > match[best.Id]
                : load[e.Id] != load[best.Id] ? load[e.Id] < load[best.Id]
                : string.CompareOrdinal(e.Id, best.Id) < 0;
            if (better)
            {
                best = e;
            }
        }

        return best;
    }

    private static ValidationResult ValidateInputs(IReadOnlyList<ReviewApplication> applications, IReadOnlyList<Expert> experts)
    {
        var r = new ValidationResult();
        for (var i = 0; i < experts.Count; i++)
        {
            r.AddNested($"experts[{i}]", experts[i].Validate());
        }

        foreach (var id in experts.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            r.Add("experts", "duplicate-id", $"专家编号{id}重复", $"The expert id {id} appears more than once");
        }

        for (var i = 0; i < applications.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(applications[i].ProjectId) || string.IsNullOrWhiteSpace(applications[i].PrincipalInvestigatorId))
            {
                r.Add($"applications[{i}]", "required", "申报项目须有项目编号和项目负责人", "An application needs a project id and a PI");
            }
        }

        foreach (var id in applications.GroupBy(a => a.ProjectId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            r.Add("applications", "duplicate-id", $"项目编号{id}重复", $"The project id {id} appears more than once");
        }

        return r;
    }
}
