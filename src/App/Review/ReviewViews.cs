using XjKeji.Domain.Indicators;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;

namespace XjKeji.App.Review;

/// <summary>
/// An application as its reviewing expert sees it: what is proposed and what it costs, never who proposes it
/// (no PI, team, institution or contact), so the score rests on the content.
/// </summary>
public sealed record AnonymisedApplication(
    string ProjectId,
    string CallId,
    CategoryCode Category,
    string Title,
    string Summary,
    DateOnly ExecutionStartsOn,
    DateOnly ExecutionEndsOn,
    decimal FiscalCny,
    decimal SelfRaisedCny,
    IReadOnlyList<IndicatorTarget> Targets,
    ScoPriorityField? PriorityField)
{
    /// <summary>The anonymised view of a project.</summary>
    public static AnonymisedApplication Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var form = project.Form;
        return new(project.Id, project.CallId, form.Category, form.Title, form.Summary, form.ExecutionStartsOn, form.ExecutionEndsOn,
            form.Budget.FiscalTotalCny, form.Budget.SelfRaisedTotalCny, form.Targets, form.Sco?.PriorityField);
    }
}

/// <summary>One of an expert's assignments, with the application when it is still to be scored.</summary>
public sealed record ExpertAssignmentView(string CallId, string ProjectId, ReviewAssignmentStatus Status, FieldMatch Match, DateTimeOffset AssignedAt, DateTimeOffset? ScoredAt);

/// <summary>What an assignment run did: the panels it formed and the applications it could not fill.</summary>
public sealed record AssignmentRunView(string CallId, int Applications, int AssignmentsAdded, IReadOnlyList<ApplicationPanel> Panels, IReadOnlyList<PanelShortfall> Shortfalls);

/// <summary>A decline and the replacement found for it (or why none was).</summary>
public sealed record DeclineView(string ProjectId, string DeclinedBy, string? ReplacedBy, PanelShortfall? Shortfall);

/// <summary>One ranked application: its panel score, how many sheets are in and how many the panel needs.</summary>
public sealed record RankingRow(int Rank, string ProjectId, CategoryCode Category, decimal Score, decimal UntrimmedMean, int Sheets, int PanelSize, bool Complete, bool TiedOnScore);
