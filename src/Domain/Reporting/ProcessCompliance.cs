using XjKeji.Domain.Credit;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Reporting;

/// <summary>
/// How a project's process-compliance rows of the year-end report are judged: each row of its program is met unless
/// the project missed a deadline or was late on one (a deadline event on its institution's credit record), and the
/// project's accepted evidence backs every row.
/// </summary>
public static class ProcessCompliance
{
    private static readonly IReadOnlyDictionary<ProgramCode, string[]> RowsByProgram = Enum.GetValues<ProgramCode>().ToDictionary(p => p, p => IndicatorCatalog.All
        .Where(d => d.Source == IndicatorSource.ProcessCompliance && (d.Program is null || d.Program == p)).Select(d => d.Code).ToArray());

    /// <summary>The credit events that make a project's process non-compliant.</summary>
    public static IReadOnlySet<CreditEventKind> BreakingEvents { get; } =
        new HashSet<CreditEventKind> { CreditEventKind.SubmittedLate, CreditEventKind.DeadlineMissed, CreditEventKind.ContractNotSigned };

    /// <summary>The project's check for each process-compliance row of <paramref name="program"/>.</summary>
    /// <param name="program">The project's program.</param>
    /// <param name="brokeDeadline">Whether a <see cref="BreakingEvents"/> event names the project.</param>
    /// <param name="acceptedFiles">Blob names of the project's accepted evidence.</param>
    public static IReadOnlyList<ComplianceCheck> ChecksFor(ProgramCode program, bool brokeDeadline, IReadOnlyList<string> acceptedFiles) =>
        [.. RowsByProgram[program].Select(code => new ComplianceCheck(code, !brokeDeadline, acceptedFiles))];
}
