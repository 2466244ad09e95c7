using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Ports;

/// <summary>
/// The year-end report's read model: per program year, the <see cref="ReportFacts"/> of every project that can count in
/// a report (<see cref="ReportFacts.Concerns"/>) and the files accepted for the year's projects. The storage adapters keep
/// it current as projects are saved and files accepted, with the same repair as the project lists: the workflow's
/// index refresh at each stage rewrites a project's facts that a crash kept from being written.
/// </summary>
public interface IReportFactsReader
{
    /// <summary>
    /// The read model of one program year: projects by program (in <see cref="Programs.ProgramCode"/> order) and then in
    /// the order the year's project list has them.
    /// </summary>
    /// <param name="programYear">The program year whose projects are read.</param>
    /// <param name="countedIn">When given, only the projects that count in that year's report
    /// (<see cref="ReportFacts.CountsIn"/>) and their files: a report of one year drops the rest of five earlier years as
    /// it reads them instead of holding them.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ProgramYearFacts> ReadAsync(int programYear, int? countedIn = null, CancellationToken cancellationToken = default);
}

/// <summary>What the read model holds for one program year.</summary>
/// <param name="Projects">Facts of the year's projects that can count in a report.</param>
/// <param name="AcceptedFiles">Blob names of each project's accepted files (by project id), oldest upload first, then by name.</param>
public sealed record ProgramYearFacts(IReadOnlyList<ReportFacts> Projects, IReadOnlyDictionary<string, IReadOnlyList<string>> AcceptedFiles);
