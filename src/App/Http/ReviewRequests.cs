using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Http;

/// <summary>
/// An expert CSV file for import, base64-encoded so its bytes (UTF-8 or GB18030, as Excel wrote them) arrive unchanged
/// through a JSON API.
/// </summary>
/// <param name="ContentBase64">The file's bytes in base64.</param>
public sealed record ExpertImportRequest(string ContentBase64)
{
    /// <summary>The file's bytes.</summary>
    /// <exception cref="DomainValidationException">Not base64.</exception>
    public byte[] File() => Base64File.Decode(ContentBase64);
}

/// <summary>An expert's score sheet: points per criterion code, and an optional comment.</summary>
public sealed record ScoreSheetRequest(IReadOnlyDictionary<string, decimal> Scores, string? Comment = null);

/// <summary>An officer's change to the computed proposal for one application; the reason is recorded.</summary>
public sealed record FundingOverrideRequest(string ProjectId, FundingOverrideAction Action, string Reason, decimal? AmountCny = null);

/// <summary>
/// Compute (and with <see cref="Apply"/>, carry out) the call's funding proposal: optional minimum panel score, officer
/// overrides, and the day publicity starts (default: today, China time).
/// </summary>
public sealed record FundingProposalRequest(bool Apply = false, decimal? MinimumPanelScore = null, IReadOnlyList<FundingOverrideRequest>? Overrides = null, DateOnly? PublishedOn = null);

/// <summary>An officer's credit correction: non-zero points and the reason, optionally the project it concerns.</summary>
public sealed record CreditCorrectionRequest(int Points, string Reason, string? ProjectId = null);

/// <summary>
/// A misconduct finding (《科学技术活动违规行为处理规定》): its id (a retry with the same id records once), category,
/// severity, ban start and length in years, and the reason.
/// </summary>
public sealed record MisconductRequest(string FindingId, Domain.Credit.MisconductCategory Category, Domain.Credit.MisconductSeverity Severity, DateOnly BanStartsOn, int BanYears, string Reason, string? ProjectId = null);

/// <summary>A satisfaction survey answer (满意 or not), with an optional comment.</summary>
public sealed record SurveyAnswerRequest(bool Satisfied, string? Comment = null);
