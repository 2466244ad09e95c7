using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Review;

/// <summary>
/// 专家评审 of a call: panels assigned by the Domain planner, declines replaced, score sheets collected, the ranking, and the
/// funding proposal that moves each reviewed application to publicity or rejection through <see cref="ProjectCommands"/>.
/// </summary>
public sealed class ReviewService(
    IProjectRepository projects,
    ICallRepository calls,
    IExpertRepository experts,
    IReviewRepository reviews,
    IMisconductRegistry misconduct,
    ProjectCommands commands,
    DeadlinePolicy policy,
    Regulations regulations,
    IBusinessClock clock)
{
    private readonly ReviewAssignmentPlanner _planner = new(regulations.ReviewPanel);

    /// <summary>The criteria experts score on (the department's defaults).</summary>
    public ReviewCriteria Criteria { get; init; } = ReviewCriteria.Default;

    /// <summary>
    /// Assigns a panel to every application of the call in expert review that has none yet. Run again after new
    /// applications arrive: panels already formed are kept.
    /// </summary>
    public async Task<AssignmentRunView> AssignAsync(string callId, CancellationToken cancellationToken = default)
    {
        var call = await calls.FindAsync(callId, cancellationToken) ?? throw new NotFoundException("申报指南 (call)", callId);
        var existing = await reviews.ListByCallAsync(callId, cancellationToken);
        var assigned = existing.Select(a => a.ProjectId).ToHashSet(StringComparer.Ordinal);
        var inReview = await InReviewAsync(call.ProgramYear, call.Program, callId, cancellationToken);
        var applications = inReview.Where(p => !assigned.Contains(p.Id)).Select(p => ReviewApplication.From(p.Id, p.Form)).ToList();
        var pool = await experts.ListAsync(cancellationToken);
        var plan = _planner.Plan(applications, pool, await ContextAsync(cancellationToken));
        var now = clock.Now;
        List<ReviewAssignmentState> added = [.. plan.Panels.SelectMany(p => p.Assignments)
            .Select(a => new ReviewAssignmentState(callId, a.ProjectId, a.ExpertId, a.Match, ReviewAssignmentStatus.Assigned, now))];
        await reviews.AddAsync(added, cancellationToken);
        await SaveLoadsAsync(pool, plan.LoadAfter, cancellationToken);
        return new AssignmentRunView(callId, applications.Count, added.Count, plan.Panels, [.. plan.Panels.Where(p => p.Shortfall is not null).Select(p => p.Shortfall!)]);
    }

    /// <summary>Every assignment of the call.</summary>
    public async Task<IReadOnlyList<ReviewAssignmentState>> ListAsync(string callId, CancellationToken cancellationToken = default)
    {
        _ = await calls.FindAsync(callId, cancellationToken) ?? throw new NotFoundException("申报指南 (call)", callId);
        return await reviews.ListByCallAsync(callId, cancellationToken);
    }

    /// <summary>The expert's own assignments, newest first.</summary>
    public async Task<IReadOnlyList<ExpertAssignmentView>> ListMineAsync(Actor expert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var mine = await reviews.ListByExpertAsync(expert.Id, cancellationToken);
        return [.. mine.OrderByDescending(a => a.AssignedAt).Select(a => new ExpertAssignmentView(a.CallId, a.ProjectId, a.Status, a.Match, a.AssignedAt, a.ScoredAt))];
    }

    /// <summary>The anonymised application, for an expert on its panel (declined experts no longer see it).</summary>
    public async Task<AnonymisedApplication> GetApplicationAsync(Actor expert, string projectId, CancellationToken cancellationToken = default)
    {
        var (_, _, project) = await MyAssignmentAsync(expert, projectId, cancellationToken);
        return AnonymisedApplication.Of(project);
    }

    /// <summary>Records the expert's score sheet (replacing an earlier one while the call is still in review).</summary>
    /// <exception cref="DomainValidationException">A criterion is missing, unknown or out of range.</exception>
    public async Task<ReviewAssignmentState> ScoreAsync(Actor expert, string projectId, IReadOnlyDictionary<string, decimal> scores, string? comment, CancellationToken cancellationToken = default)
    {
        var (state, etag, _) = await MyAssignmentAsync(expert, projectId, cancellationToken);
        var sheet = new ScoreSheet(projectId, expert.Id, scores, comment);
        sheet.Validate(Criteria).ThrowIfInvalid();
        var scored = state with { Status = ReviewAssignmentStatus.Scored, Sheet = sheet, ScoredAt = clock.Now };
        await reviews.UpdateAsync(scored, etag, cancellationToken);
        return scored;
    }

    /// <summary>The expert declines with a reason; the Domain planner picks a replacement by the same rules.</summary>
    public async Task<DeclineView> DeclineAsync(Actor expert, string projectId, string reason, CancellationToken cancellationToken = default)
    {
        var (state, etag, project) = await MyAssignmentAsync(expert, projectId, cancellationToken);
        var decline = new ExpertDecline(projectId, expert.Id, reason, clock.Now);
        decline.Validate().ThrowIfInvalid();
        var panel = (await reviews.ListByCallAsync(state.CallId, cancellationToken)).Where(a => a.ProjectId == projectId).ToList();
        var pool = await experts.ListAsync(cancellationToken);
        var result = _planner.Replace(
            ReviewApplication.From(projectId, project.Form),
            [.. panel.Where(a => a.Status != ReviewAssignmentStatus.Declined).Select(a => a.ExpertId)],
            decline,
            [.. panel.Where(a => a.Decline is not null).Select(a => a.Decline!)],
            pool,
            await ContextAsync(cancellationToken));
        await reviews.UpdateAsync(state with { Status = ReviewAssignmentStatus.Declined, Decline = decline }, etag, cancellationToken);
        if (result.Replacement is { } replacement)
        {
            await reviews.AddAsync([new ReviewAssignmentState(state.CallId, projectId, replacement.ExpertId, replacement.Match, ReviewAssignmentStatus.Assigned, clock.Now)], cancellationToken);
            await SaveLoadsAsync(pool, new Dictionary<string, int> { [replacement.ExpertId] = pool.Single(x => x.Id == replacement.ExpertId).ActiveAssignments + 1 }, cancellationToken);
        }

        return new DeclineView(projectId, expert.Id, result.Replacement?.ExpertId, result.Shortfall);
    }

    /// <summary>The call's applications ranked by panel score (trimmed mean), with how complete each panel is.</summary>
    public async Task<IReadOnlyList<RankingRow>> RankAsync(string callId, CancellationToken cancellationToken = default)
    {
        var states = await ListAsync(callId, cancellationToken);
        var byProject = states.GroupBy(s => s.ProjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var scores = byProject.Select(g => PanelScoring.Compute(g.Key, [.. g.Value.Where(s => s.Sheet is not null).Select(s => s.Sheet!)], Criteria, regulations.ReviewPanel));
        var rows = new List<RankingRow>();
        foreach (var ranked in ReviewRanking.Rank(scores))
        {
            var project = (await projects.FindAsync(ranked.ProjectId, cancellationToken))?.Project;
            var sheets = byProject[ranked.ProjectId].Count(s => s.Sheet is not null);
            rows.Add(new RankingRow(ranked.Rank, ranked.ProjectId, project?.Form.Category ?? default, ranked.Score.Score, ranked.Score.UntrimmedMean,
                sheets, regulations.ReviewPanel.ExpertsPerApplication, sheets >= regulations.ReviewPanel.ExpertsPerApplication, ranked.TiedOnScore));
        }

        return rows;
    }

    /// <summary>
    /// The funding proposal of the call: complete panels in rank order within each category's range and envelope, with the
    /// officer's overrides. With <paramref name="apply"/>, each application still in review is proposed for funding
    /// (publicity from <paramref name="publishedOn"/>) or declined; applications already moved on are left as they are,
    /// so applying twice changes nothing.
    /// </summary>
    public async Task<ProposedFundingList> ProposeFundingAsync(string callId, FundingOptions options, bool apply, DateOnly publishedOn, Actor officer, CancellationToken cancellationToken = default)
    {
        var call = await calls.FindAsync(callId, cancellationToken) ?? throw new NotFoundException("申报指南 (call)", callId);
        var ranking = await RankAsync(callId, cancellationToken);
        var candidates = new List<FundingCandidate>();
        var scores = (await reviews.ListByCallAsync(callId, cancellationToken)).GroupBy(s => s.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PanelScoring.Compute(g.Key, [.. g.Where(s => s.Sheet is not null).Select(s => s.Sheet!)], Criteria, regulations.ReviewPanel), StringComparer.Ordinal);
        foreach (var row in ranking.Where(r => r.Complete))
        {
            var project = (await projects.FindAsync(row.ProjectId, cancellationToken))?.Project;
            if (project is { Stage: ProjectStage.ExpertReview })
            {
                candidates.Add(new FundingCandidate(scores[row.ProjectId], project.Form.Category, project.Form.Budget.FiscalTotalCny));
            }
        }

        FundingAllocator.Validate(call, candidates, options).ThrowIfInvalid();
        var proposal = FundingAllocator.Allocate(call, candidates, options);
        if (apply)
        {
            foreach (var row in proposal.Rows)
            {
                await commands.ExecuteAsync(row.ProjectId, null, officer, (p, at) =>
                {
                    if (row.IsFunded)
                    {
                        p.ProposeForFunding(officer, at, publishedOn, policy, row.AmountCny);
                    }
                    else
                    {
                        p.DeclineFunding(officer, at, row.Reason.Zh);
                    }
                }, cancellationToken);
            }
        }

        return proposal;
    }

    private async Task<(ReviewAssignmentState State, string ETag, Project Project)> MyAssignmentAsync(Actor expert, string projectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var mine = (await reviews.ListByExpertAsync(expert.Id, cancellationToken))
            .FirstOrDefault(a => a.ProjectId == projectId && a.Status != ReviewAssignmentStatus.Declined);
        var found = mine is null ? null : await reviews.FindAsync(mine.CallId, projectId, expert.Id, cancellationToken);
        var project = found is null ? null : (await projects.FindAsync(projectId, cancellationToken))?.Project;
        if (found is not { } f || project is null)
        {
            // Not assigned (or declined) reads as absent: an expert learns nothing about other applications.
            throw new NotFoundException("评审任务 (review assignment)", projectId);
        }

        if (project.Stage != ProjectStage.ExpertReview)
        {
            throw new DomainValidationException([ValidationProblem.Of("projectId", "review-closed", "该项目的专家评审已结束", "The expert review of this application has ended")]);
        }

        return (f.State, f.ETag, project);
    }

    private async Task<IReadOnlyList<Project>> InReviewAsync(int year, Domain.Programs.ProgramCode program, string callId, CancellationToken cancellationToken)
    {
        var list = new List<Project>();
        foreach (var summary in await projects.ListByProgramYearAsync(year, program, ProjectStage.ExpertReview, cancellationToken))
        {
            if ((await projects.FindAsync(summary.ProjectId, cancellationToken))?.Project is { } p && p.CallId == callId && p.Stage == ProjectStage.ExpertReview)
            {
                list.Add(p);
            }
        }

        return list;
    }

    // Co-application history is not stored yet, so the planner gets an empty one: institution, team, declared conflicts
    // and misconduct bans apply (closing note of #6).
    private async Task<ReviewContext> ContextAsync(CancellationToken cancellationToken) =>
        new(CoApplicationHistory.Empty, await misconduct.ListAllAsync(cancellationToken), clock.Now);

    private async Task SaveLoadsAsync(IReadOnlyList<Expert> pool, IReadOnlyDictionary<string, int> loads, CancellationToken cancellationToken)
    {
        List<Expert> changed = [.. pool.Where(x => loads.TryGetValue(x.Id, out var load) && load != x.ActiveAssignments).Select(x => x with { ActiveAssignments = loads[x.Id] })];
        if (changed.Count > 0)
        {
            await experts.SaveAsync(changed, cancellationToken);
        }
    }
}
