namespace XjKeji.Domain.Reporting;

/// <summary>
/// One answer to the satisfaction survey (满意度) about one project: who answered, at which occasion (after the funding
/// decision, after acceptance), and whether they were satisfied. One answer per respondent, project and occasion.
/// </summary>
/// <param name="ProgramYear">The program year the answer counts in.</param>
/// <param name="ProjectId">The project the answer is about.</param>
/// <param name="IndicatorCode">The satisfaction indicator it counts for (AidXinjiang applicants, SCO project sites).</param>
/// <param name="Kind">Applicant or project site.</param>
/// <param name="RespondentId">Who answered.</param>
/// <param name="Occasion">The stage the project was in when asked (e.g. Contract, Closed).</param>
/// <param name="Satisfied">满意 or not.</param>
/// <param name="Comment">Optional comment.</param>
/// <param name="At">When it was answered.</param>
public sealed record SurveyAnswer(int ProgramYear, string ProjectId, string IndicatorCode, RespondentKind Kind, string RespondentId, string Occasion, bool Satisfied, string? Comment, DateTimeOffset At);
