namespace XjKeji.Domain.Reporting;

/// <summary>The answers behind a satisfaction row: satisfied ÷ responses, overall and per kind of respondent.</summary>
/// <param name="Responses">Answers received (the sample size shown beside the rate).</param>
/// <param name="Satisfied">Answers that said satisfied.</param>
/// <param name="ByKind">The same counts per kind of respondent.</param>
public sealed record SurveyTally(int Responses, int Satisfied, IReadOnlyList<SurveyKindTally> ByKind);

/// <summary>Survey counts of one kind of respondent.</summary>
/// <param name="Kind">Who answered.</param>
/// <param name="Responses">Answers received.</param>
/// <param name="Satisfied">Answers that said satisfied.</param>
public sealed record SurveyKindTally(RespondentKind Kind, int Responses, int Satisfied);
