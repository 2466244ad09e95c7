using XjKeji.Domain.Programs;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Tests.Review;

/// <summary>Category C of the aid call funds 300k–500k CNY per project (DOMAIN.md); envelopes are set per test.</summary>
public class FundingAllocatorTests
{
    private const CategoryCode C = CategoryCode.AidXinjiangC;

    private static AnnualCall Call(decimal envelopeC, decimal envelopeA = 2_000_000m) =>
        Samples.AidCall() with { Envelopes = [new(CategoryCode.AidXinjiangA, envelopeA), new(C, envelopeC)] };

    private static FundingCandidate Candidate(string id, decimal score, decimal requested, CategoryCode category = C) =>
        new(new PanelScore(id, [], score, score), category, requested);

    private static FundingOverride Override(string id, FundingOverrideAction action, decimal? amount = null, string reason = "经计划处会议研究") =>
        new(id, action, amount, "officer-1", reason);

    [Fact]
    public void Funds_in_rank_order_when_the_envelope_fits_exactly()
    {
        var list = FundingAllocator.Allocate(Call(1_000_000m), [Candidate("P-3", 70, 300_000m), Candidate("P-1", 90, 500_000m), Candidate("P-2", 80, 500_000m)]);
        Assert.Equal(
            [("P-1", 1, 500_000m, FundingDecision.Funded), ("P-2", 2, 500_000m, FundingDecision.Funded), ("P-3", 3, 0m, FundingDecision.EnvelopeExhausted)],
            list.Rows.Where(r => r.Category == C).Select(r => (r.ProjectId, r.Rank, r.AmountCny, r.Decision)));
        var total = list.Totals.Single(t => t.Category == C);
        Assert.Equal((1_000_000m, 1_000_000m, 0m, 2, 3), (total.EnvelopeCny, total.AllocatedCny, total.RemainingCny, total.FundedCount, total.CandidateCount));
    }

    [Fact]
    public void One_yuan_short_stops_the_category_even_for_a_smaller_request_below()
    {
        var list = FundingAllocator.Allocate(Call(999_999m), [Candidate("P-1", 90, 500_000m), Candidate("P-2", 80, 500_000m), Candidate("P-3", 70, 300_000m)]);
        Assert.Equal([FundingDecision.Funded, FundingDecision.EnvelopeExhausted, FundingDecision.EnvelopeExhausted], list.Rows.Where(r => r.Category == C).Select(r => r.Decision));
        Assert.Contains("剩余额度499,999.00元不足以资助500,000.00元", list.Row("P-2").Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("排名在前", list.Row("P-3").Reason.Zh, StringComparison.Ordinal);
        Assert.Equal(499_999m, list.Totals.Single(t => t.Category == C).RemainingCny);
    }

    [Fact]
    public void Requests_above_the_range_are_reduced_and_below_it_are_not_funded()
    {
        var list = FundingAllocator.Allocate(Call(2_000_000m),
            [Candidate("P-1", 90, 600_000m), Candidate("P-2", 85, 299_999.99m), Candidate("P-3", 80, 300_000m)]);
        Assert.Equal((FundingDecision.FundedReduced, 500_000m), (list.Row("P-1").Decision, list.Row("P-1").AmountCny));
        Assert.Equal((FundingDecision.RequestBelowMinimum, 0m), (list.Row("P-2").Decision, list.Row("P-2").AmountCny));
        Assert.Equal((FundingDecision.Funded, 300_000m), (list.Row("P-3").Decision, list.Row("P-3").AmountCny));
        Assert.Contains("50.00", list.Row("P-1").Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_call_s_own_funding_rule_replaces_the_catalog_range()
    {
        var call = Call(2_000_000m) with { FundingOverrides = [new FundingRule(C, 100_000m, 400_000m, 250_000m, AllocationMethod.ByExpertScoreRank)] };
        var list = FundingAllocator.Allocate(call, [Candidate("P-1", 90, 450_000m), Candidate("P-2", 80, 150_000m)]);
        Assert.Equal([400_000m, 150_000m], list.Rows.Where(r => r.Category == C).Select(r => r.AmountCny));
    }

    [Fact]
    public void Below_the_minimum_score_is_not_funded_unless_an_officer_includes_it_with_a_reason()
    {
        var candidates = new[] { Candidate("P-1", 60m, 400_000m), Candidate("P-2", 59.99m, 400_000m), Candidate("P-3", 50m, 400_000m) };
        var list = FundingAllocator.Allocate(Call(2_000_000m), candidates, new(60m, [Override("P-3", FundingOverrideAction.Include, reason: "南疆深度贫困地区急需")]));
        Assert.Equal(FundingDecision.Funded, list.Row("P-1").Decision);
        Assert.Equal(FundingDecision.BelowThreshold, list.Row("P-2").Decision);
        Assert.Contains("59.99", list.Row("P-2").Reason.Zh, StringComparison.Ordinal);
        var included = list.Row("P-3");
        Assert.Equal((FundingDecision.Funded, 400_000m), (included.Decision, included.AmountCny));
        Assert.Equal("南疆深度贫困地区急需", included.Override!.Reason);
        Assert.Contains("南疆深度贫困地区急需", included.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_officer_exclusion_frees_the_money_for_the_next_in_rank()
    {
        var candidates = new[] { Candidate("P-1", 90, 500_000m), Candidate("P-2", 80, 500_000m) };
        var list = FundingAllocator.Allocate(Call(500_000m), candidates, new(null, [Override("P-1", FundingOverrideAction.Exclude, reason: "异议成立")]));
        Assert.Equal(FundingDecision.ExcludedByOfficer, list.Row("P-1").Decision);
        Assert.Contains("异议成立", list.Row("P-1").Reason.Zh, StringComparison.Ordinal);
        Assert.Equal((FundingDecision.Funded, 500_000m), (list.Row("P-2").Decision, list.Row("P-2").AmountCny));
    }

    [Fact]
    public void An_officer_amount_is_used_and_can_make_the_envelope_fit()
    {
        var candidates = new[] { Candidate("P-1", 90, 500_000m), Candidate("P-2", 80, 500_000m) };
        var list = FundingAllocator.Allocate(Call(850_000m), candidates, new(null, [Override("P-1", FundingOverrideAction.SetAmount, 350_000m, "核减设备费")]));
        Assert.Equal((FundingDecision.FundedAtOfficerAmount, 350_000m), (list.Row("P-1").Decision, list.Row("P-1").AmountCny));
        Assert.Equal(FundingDecision.Funded, list.Row("P-2").Decision);
        Assert.Equal((850_000m, 0m), (list.Totals.Single(t => t.Category == C).AllocatedCny, list.Totals.Single(t => t.Category == C).RemainingCny));
    }

    [Fact]
    public void Categories_are_allocated_independently_and_all_envelopes_are_totalled()
    {
        var list = FundingAllocator.Allocate(Call(500_000m, envelopeA: 800_000m),
            [Candidate("P-c", 70, 500_000m), Candidate("P-a", 60, 800_000m, CategoryCode.AidXinjiangA), Candidate("P-a2", 95, 800_000m, CategoryCode.AidXinjiangA)]);
        Assert.Equal(["P-a2", "P-a", "P-c"], list.Rows.Select(r => r.ProjectId));
        Assert.Equal([FundingDecision.Funded, FundingDecision.EnvelopeExhausted, FundingDecision.Funded], list.Rows.Select(r => r.Decision));
        Assert.Equal([(CategoryCode.AidXinjiangA, 800_000m, 800_000m), (C, 500_000m, 500_000m)], list.Totals.Select(t => (t.Category, t.EnvelopeCny, t.AllocatedCny)));
    }

    [Fact]
    public void A_category_without_envelope_funds_nothing()
    {
        var call = Samples.AidCall() with { Envelopes = [new(CategoryCode.AidXinjiangA, 1_000_000m)] };
        var list = FundingAllocator.Allocate(call, [Candidate("P-1", 99, 300_000m)]);
        Assert.Equal(FundingDecision.EnvelopeExhausted, list.Row("P-1").Decision);
        Assert.Equal((0m, 0m), (list.Totals.Single(t => t.Category == C).EnvelopeCny, list.Totals.Single(t => t.Category == C).AllocatedCny));
    }

    [Fact]
    public void Every_input_problem_is_reported_at_once()
    {
        var candidates = new[] { Candidate("P-1", 90, 500_000m), Candidate("P-1", 80, 400_000m), Candidate("P-3", 80, 400_000.001m), Candidate("P-4", 80, 400_000m, CategoryCode.ScoKey) };
        var overrides = new[]
        {
            Override("P-1", FundingOverrideAction.SetAmount, 510_000m),
            Override("P-1", FundingOverrideAction.Exclude, reason: " "),
            Override("P-9", FundingOverrideAction.Include),
            Override("P-3", FundingOverrideAction.SetAmount),
            new FundingOverride("P-4", FundingOverrideAction.Exclude, 1m, "", "重复申报"),
        };
        var ex = Assert.Throws<DomainValidationException>(() => FundingAllocator.Allocate(Call(1_000_000m), candidates, new(101m, overrides)));
        Assert.Equal(
            [
                "candidates[1]", "candidates[2].requestedFiscalCny", "candidates[3].category", "minimumPanelScore",
                "overrides[0].amountCny", "overrides[1].projectId", "overrides[1].reason", "overrides[2].projectId", "overrides[3].amountCny",
                "overrides[4].officerId", "overrides[4].amountCny",
            ],
            ex.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(299_999.99, false)]
    [InlineData(300_000, true)]
    [InlineData(450_000, true)]
    [InlineData(450_000.01, false)]
    public void An_officer_amount_must_lie_in_the_range_and_not_above_the_request(double amount, bool valid)
    {
        var result = FundingAllocator.Validate(Call(1_000_000m), [Candidate("P-1", 90, 450_000m)],
            new(null, [Override("P-1", FundingOverrideAction.SetAmount, (decimal)amount)]));
        Assert.Equal(valid, result.IsValid);
    }
}
