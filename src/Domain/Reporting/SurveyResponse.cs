namespace XjKeji.Domain.Reporting;

/// <summary>One answer to a satisfaction survey: satisfied or not. Satisfaction = satisfied ÷ responses.</summary>
/// <param name="IndicatorCode">The satisfaction indicator the survey feeds (e.g. <c>AX-SATISFACTION</c>).</param>
/// <param name="Kind">Who answered.</param>
/// <param name="Satisfied">True when the respondent said they were satisfied.</param>
public sealed record SurveyResponse(string IndicatorCode, RespondentKind Kind, bool Satisfied);
