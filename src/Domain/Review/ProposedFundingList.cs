using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Review;

/// <summary>The decision on one application in a proposed funding list.</summary>
public enum FundingDecision
{
    /// <summary>Funded at the amount requested.</summary>
    Funded = 1,

    /// <summary>Funded at the category maximum, because the request was above it.</summary>
    FundedReduced = 2,

    /// <summary>Funded at the amount an officer set.</summary>
    FundedAtOfficerAmount = 3,

    /// <summary>Not funded: the panel score is below the minimum.</summary>
    BelowThreshold = 4,

    /// <summary>Not funded: the request is below the category minimum (raising it would fund more than was asked for).</summary>
    RequestBelowMinimum = 5,

    /// <summary>Not funded: the category's envelope could not cover it or an application ranked above it (strict rank order).</summary>
    EnvelopeExhausted = 6,

    /// <summary>Not funded: excluded by an officer.</summary>
    ExcludedByOfficer = 7,
}

/// <summary>One row of the proposed funding list (拟立项清单).</summary>
/// <param name="ProjectId">The application.</param>
/// <param name="Category">Its category.</param>
/// <param name="Rank">Rank within the category (1 = best).</param>
/// <param name="Score">Published panel score.</param>
/// <param name="RequestedCny">Fiscal amount requested.</param>
/// <param name="AmountCny">Fiscal amount proposed (0 when not funded).</param>
/// <param name="Decision">The decision.</param>
/// <param name="Reason">Why, Chinese and English.</param>
/// <param name="Override">The officer override applied, if any (with its reason).</param>
public sealed record ProposedFundingRow(
    string ProjectId,
    CategoryCode Category,
    int Rank,
    decimal Score,
    decimal RequestedCny,
    decimal AmountCny,
    FundingDecision Decision,
    BilingualText Reason,
    FundingOverride? Override)
{
    /// <summary>True when the row is funded.</summary>
    public bool IsFunded => Decision is FundingDecision.Funded or FundingDecision.FundedReduced or FundingDecision.FundedAtOfficerAmount;
}

/// <summary>The money of one category in a proposed list.</summary>
/// <param name="Category">The category.</param>
/// <param name="EnvelopeCny">The call's envelope for it.</param>
/// <param name="AllocatedCny">Sum of the funded amounts.</param>
/// <param name="FundedCount">Applications funded.</param>
/// <param name="CandidateCount">Applications considered.</param>
public sealed record CategoryFundingTotal(CategoryCode Category, decimal EnvelopeCny, decimal AllocatedCny, int FundedCount, int CandidateCount)
{
    /// <summary>Envelope left.</summary>
    public decimal RemainingCny => EnvelopeCny - AllocatedCny;
}

/// <summary>The proposed funding list of a call: every application's decision and the totals per category.</summary>
/// <param name="CallId">The call.</param>
/// <param name="Rows">Rows by category, then rank.</param>
/// <param name="Totals">One total per category with an envelope or a candidate, in category order.</param>
public sealed record ProposedFundingList(string CallId, IReadOnlyList<ProposedFundingRow> Rows, IReadOnlyList<CategoryFundingTotal> Totals)
{
    /// <summary>Sum of every funded amount.</summary>
    public decimal TotalAllocatedCny => Totals.Sum(t => t.AllocatedCny);

    /// <summary>The row of a project.</summary>
    public ProposedFundingRow Row(string projectId) => Rows.Single(r => r.ProjectId == projectId);
}
