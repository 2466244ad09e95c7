using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Review;

/// <summary>
/// Proposes who is funded and with how much, category by category, in strict rank order (按专家评分高低). The rules, in the
/// order they apply to each application:
/// <list type="number">
/// <item>an officer's exclusion wins;</item>
/// <item>below the minimum panel score (if set), not funded unless an officer includes it;</item>
/// <item>the amount is the officer's amount if set, else the request clamped down to the category maximum; a request
/// below the category minimum is not funded, since raising it would give more than was asked for (the application form
/// already refuses such requests, so this only catches data from elsewhere);</item>
/// <item>if the category's remaining envelope cannot cover the amount, allocation in that category stops: this and every
/// lower-ranked application are not funded, even a smaller one that would fit. Skipping ahead would fund a lower score
/// over a higher one, which "by expert score rank" forbids; an officer who wants the money used excludes or reduces
/// the blocking application, with a reason.</item>
/// </list>
/// The same rule runs for every category and allocation method; the amounts are exact decimals.
/// </summary>
public static class FundingAllocator
{
    /// <summary>Proposes the funding list.</summary>
    /// <param name="call">The call (its envelopes and funding rules).</param>
    /// <param name="candidates">The applications with their panel scores and requests.</param>
    /// <param name="options">Threshold and officer overrides.</param>
    /// <exception cref="DomainValidationException">Every problem of the inputs at once (see <see cref="Validate"/>).</exception>
    public static ProposedFundingList Allocate(AnnualCall call, IReadOnlyList<FundingCandidate> candidates, FundingOptions? options = null)
    {
        options ??= FundingOptions.None;
        Validate(call, candidates, options).ThrowIfInvalid();
        var overrides = (options.Overrides ?? []).ToDictionary(o => o.ProjectId, StringComparer.Ordinal);
        var rows = new List<ProposedFundingRow>();
        var totals = new List<CategoryFundingTotal>();
        var categories = call.Envelopes.Select(e => e.Category).Concat(candidates.Select(c => c.Category)).Distinct().Order();
        foreach (var category in categories)
        {
            var inCategory = candidates.Where(c => c.Category == category).ToDictionary(c => c.ProjectId, StringComparer.Ordinal);
            var envelope = call.EnvelopeFor(category);
            var rule = call.FundingRuleFor(category);
            var remaining = envelope;
            var stopped = false;
            var categoryRows = new List<ProposedFundingRow>();
            foreach (var ranked in ReviewRanking.Rank(inCategory.Values.Select(c => c.Score)))
            {
                var candidate = inCategory[ranked.ProjectId];
                var o = overrides.GetValueOrDefault(candidate.ProjectId);
                var (decision, amount, reason) = Decide(candidate, o, rule, options.MinimumPanelScore, remaining, stopped);
                if (decision == FundingDecision.EnvelopeExhausted)
                {
                    stopped = true;
                }

                remaining -= amount;
                categoryRows.Add(new ProposedFundingRow(candidate.ProjectId, category, ranked.Rank, ranked.Score.Score, candidate.RequestedFiscalCny, amount, decision, reason, o));
            }

            rows.AddRange(categoryRows);
            totals.Add(new CategoryFundingTotal(category, envelope, categoryRows.Sum(r => r.AmountCny), categoryRows.Count(r => r.IsFunded), categoryRows.Count));
        }

        return new ProposedFundingList(call.Id, rows, totals);
    }

    /// <summary>
    /// Checks the inputs: a valid call; candidates of the call's program, unique, with amounts of at most two decimals;
    /// a threshold within 0–100; overrides for known candidates, one per application, each with an officer and a reason,
    /// and any amount within the category range and not above the request. Every problem at once.
    /// </summary>
    public static ValidationResult Validate(AnnualCall call, IReadOnlyList<FundingCandidate> candidates, FundingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(candidates);
        options ??= FundingOptions.None;
        var r = new ValidationResult();
        r.AddNested("call", call.Validate());
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!ProgramCatalog.Belongs(c.Category, call.Program))
            {
                r.Add($"candidates[{i}].category", "wrong-program", "该类别不属于本指南的计划", "The category does not belong to the call's program");
            }

            if (c.RequestedFiscalCny <= 0 || !Cny.HasAtMostTwoDecimals(c.RequestedFiscalCny))
            {
                r.Add($"candidates[{i}].requestedFiscalCny", "invalid-amount", "申请金额必须为正数且最多两位小数", "The request must be positive with at most two decimals");
            }

            if (candidates.Take(i).Any(o => o.ProjectId == c.ProjectId))
            {
                r.Add($"candidates[{i}]", "duplicate-project", $"项目{c.ProjectId}重复", $"Project {c.ProjectId} appears twice");
            }
        }

        if (options.MinimumPanelScore is < 0 or > ReviewCriteria.MaxScore)
        {
            r.Add("minimumPanelScore", "out-of-range", "最低分数线应在0至100之间", "The minimum panel score must be 0–100");
        }

        var overrides = options.Overrides ?? [];
        for (var i = 0; i < overrides.Count; i++)
        {
            ValidateOverride(call, candidates, overrides, i, r);
        }

        return r;
    }

    private static void ValidateOverride(AnnualCall call, IReadOnlyList<FundingCandidate> candidates, IReadOnlyList<FundingOverride> overrides, int i, ValidationResult r)
    {
        var o = overrides[i];
        var path = $"overrides[{i}]";
        var candidate = candidates.FirstOrDefault(c => c.ProjectId == o.ProjectId);
        if (candidate is null)
        {
            r.Add($"{path}.projectId", "unknown-project", $"项目{o.ProjectId}不在本次评审名单中", $"Project {o.ProjectId} is not among the candidates");
        }

        if (overrides.Take(i).Any(p => p.ProjectId == o.ProjectId))
        {
            r.Add($"{path}.projectId", "duplicate-override", "每个项目只能有一项调整", "Each project may have one override");
        }

        if (!Enum.IsDefined(o.Action))
        {
            r.Add($"{path}.action", "unknown", "未知的调整类型", "Unknown override action");
        }

        if (string.IsNullOrWhiteSpace(o.OfficerId))
        {
            r.Add($"{path}.officerId", "required", "必须记录调整的经办人", "The officer making the override is required");
        }

        if (string.IsNullOrWhiteSpace(o.Reason))
        {
            r.Add($"{path}.reason", "required", "调整必须填写理由", "An override needs a reason");
        }

        if (o.Action == FundingOverrideAction.SetAmount && o.AmountCny is null)
        {
            r.Add($"{path}.amountCny", "required", "核定金额不能为空", "The amount is required");
        }
        else if (o.Action == FundingOverrideAction.Exclude && o.AmountCny is not null)
        {
            r.Add($"{path}.amountCny", "not-allowed", "不予资助的项目不能填写金额", "An exclusion cannot carry an amount");
        }
        else if (o.AmountCny is { } amount && candidate is not null && ProgramCatalog.Belongs(candidate.Category, call.Program))
        {
            var rule = call.FundingRuleFor(candidate.Category);
            var ceiling = Math.Min(rule.MaxCny, candidate.RequestedFiscalCny);
            if (!Cny.HasAtMostTwoDecimals(amount) || amount < rule.MinCny || amount > ceiling)
            {
                r.Add($"{path}.amountCny", "outside-range",
                    $"核定金额应在{Cny.FormatWanYuan(rule.MinCny)}万元至{Cny.FormatWanYuan(ceiling)}万元之间（本类别资助范围且不超过申请额）",
                    $"The amount must lie between {Cny.FormatWanYuan(rule.MinCny)} and {Cny.FormatWanYuan(ceiling)} (10k CNY): the category range, not above the request");
            }
        }
    }

    private static (FundingDecision Decision, decimal Amount, BilingualText Reason) Decide(
        FundingCandidate c, FundingOverride? o, FundingRule rule, decimal? threshold, decimal remaining, bool stopped)
    {
        if (o?.Action == FundingOverrideAction.Exclude)
        {
            return (FundingDecision.ExcludedByOfficer, 0, new($"计划处决定不予资助：{o.Reason}", $"Excluded by the officer: {o.Reason}"));
        }

        if (threshold is { } min && c.Score.Score < min && o?.Action != FundingOverrideAction.Include)
        {
            return (FundingDecision.BelowThreshold, 0, new($"评审得分{Points(c.Score.Score)}低于最低分数线{Points(min)}", $"Panel score {Points(c.Score.Score)} is below the minimum {Points(min)}"));
        }

        FundingDecision decision;
        decimal amount;
        if (o?.AmountCny is { } set)
        {
            (decision, amount) = (FundingDecision.FundedAtOfficerAmount, set);
        }
        else if (c.RequestedFiscalCny < rule.MinCny)
        {
            return (FundingDecision.RequestBelowMinimum, 0, new($"申请金额低于本类别资助下限{Cny.FormatWanYuan(rule.MinCny)}万元", $"The request is below the category minimum of {Cny.FormatWanYuan(rule.MinCny)} (10k CNY)"));
        }
        else
        {
            amount = Math.Min(c.RequestedFiscalCny, rule.MaxCny);
            decision = amount == c.RequestedFiscalCny ? FundingDecision.Funded : FundingDecision.FundedReduced;
        }

        if (stopped)
        {
            return (FundingDecision.EnvelopeExhausted, 0, new("排名在前的项目已用尽本类别预算额度", "The category's envelope ran out at an application ranked above"));
        }

        if (amount > remaining)
        {
            return (FundingDecision.EnvelopeExhausted, 0, new(
                $"本类别剩余额度{Yuan(remaining)}元不足以资助{Yuan(amount)}元",
                $"The category's remaining envelope of {Yuan(remaining)} CNY cannot cover {Yuan(amount)} CNY"));
        }

        var text = decision switch
        {
            FundingDecision.FundedReduced => new BilingualText($"按本类别资助上限{Cny.FormatWanYuan(rule.MaxCny)}万元资助", $"Funded at the category maximum of {Cny.FormatWanYuan(rule.MaxCny)} (10k CNY)"),
            FundingDecision.FundedAtOfficerAmount => new BilingualText($"按计划处核定金额资助：{o!.Reason}", $"Funded at the officer's amount: {o!.Reason}"),
            _ => o?.Action == FundingOverrideAction.Include
                ? new BilingualText($"计划处决定纳入资助：{o.Reason}", $"Included by the officer: {o.Reason}")
                : new BilingualText("按评分排名资助申请金额", "Funded as requested, in rank order"),
        };
        return (decision, amount, text);
    }

    // Exact yuan, not 万元: at an envelope boundary 499,999 CNY would show as 50.00万元, the very amount it cannot cover.
    private static string Yuan(decimal cny) => cny.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Points(decimal score) => score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
