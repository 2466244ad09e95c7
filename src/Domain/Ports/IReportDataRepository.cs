using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Ports;

/// <summary>The year-end report's own data: the officer's inputs per year and the survey answers.</summary>
public interface IReportDataRepository
{
    /// <summary>The inputs of a year, or <see cref="YearEndInputs.Empty"/>.</summary>
    Task<YearEndInputs> GetInputsAsync(int programYear, CancellationToken cancellationToken = default);

    /// <summary>Replaces the inputs of a year.</summary>
    Task SaveInputsAsync(int programYear, YearEndInputs inputs, CancellationToken cancellationToken = default);

    /// <summary>Records an answer; false when that respondent already answered for that project and occasion.</summary>
    Task<bool> RecordAnswerAsync(SurveyAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Every answer of a year.</summary>
    Task<IReadOnlyList<SurveyAnswer>> ListAnswersAsync(int programYear, CancellationToken cancellationToken = default);
}
