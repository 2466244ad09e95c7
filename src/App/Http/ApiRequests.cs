using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http;

/// <summary>Create a draft application in a call.</summary>
/// <param name="CallId">The call applied to.</param>
/// <param name="Form">The application.</param>
public sealed record CreateDraftRequest(string CallId, ApplicationForm Form);

/// <summary>A step that needs only an optional note or reason.</summary>
/// <param name="Reason">The note or reason.</param>
public sealed record ReasonRequest(string? Reason = null);

/// <summary>The mid-term report (its files arrive as evidence).</summary>
/// <param name="Summary">Progress summary.</param>
public sealed record MidTermReportRequest(string Summary);

/// <summary>Acceptance materials: an actual value for every target, each with its evidence.</summary>
/// <param name="Actuals">The actual values.</param>
public sealed record AcceptanceReportRequest(IReadOnlyList<IndicatorActual> Actuals);

/// <summary>An extension request.</summary>
/// <param name="Months">Months asked for.</param>
/// <param name="Reason">Why.</param>
public sealed record ExtensionRequestBody(int Months, string Reason);

/// <summary>The officer's eligibility decision.</summary>
/// <param name="Decision">Pass, reject or return for correction.</param>
/// <param name="Reason">Required for reject and return.</param>
public sealed record EligibilityDecisionRequest(EligibilityDecision Decision, string? Reason = null);

/// <summary>Outcomes of the eligibility check.</summary>
public enum EligibilityDecision
{
    /// <summary>Eligible: to expert review.</summary>
    Pass = 1,

    /// <summary>Not eligible.</summary>
    Reject = 2,

    /// <summary>Back to the applicant for correction.</summary>
    Return = 3,
}

/// <summary>The review's outcome for a project.</summary>
/// <param name="Fund">True to propose it for funding and publish it; false to decline.</param>
/// <param name="PublishedOn">Publication date of the publicity list (Beijing); required when funding.</param>
/// <param name="FiscalCny">Fiscal amount proposed; null for the amount requested.</param>
/// <param name="Reason">Required when declining.</param>
public sealed record FundingDecisionRequest(bool Fund, DateOnly? PublishedOn = null, decimal? FiscalCny = null, string? Reason = null);

/// <summary>An objection filed during publicity.</summary>
/// <param name="FiledBy">Real name of the person, or the organisation; empty for anonymous (recorded, not handled).</param>
/// <param name="Contact">Contact details (phone or email); empty for anonymous.</param>
/// <param name="Text">The objection.</param>
public sealed record ObjectionRequest(string? FiledBy, string? Contact, string Text);

/// <summary>The officer's resolution of an objection.</summary>
/// <param name="Upheld">True: the project is rejected; false: it continues.</param>
/// <param name="Resolution">The finding.</param>
public sealed record ObjectionResolutionRequest(bool Upheld, string Resolution);

/// <summary>A yes/no decision with a reason (mid-term, acceptance, extension).</summary>
/// <param name="Approved">The decision.</param>
/// <param name="Reason">Required when refusing.</param>
public sealed record DecisionRequest(bool Approved, string? Reason = null);

/// <summary>Termination of an approved project.</summary>
/// <param name="Cause">Why, for the credit consequence.</param>
/// <param name="Reason">The officer's explanation.</param>
public sealed record TerminationRequest(TerminationCause Cause, string Reason);
