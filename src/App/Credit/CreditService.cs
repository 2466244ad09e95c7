using XjKeji.App.Time;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Credit;

/// <summary>A subject's credit as officers see it: the statement (every counted event) and where it stands now.</summary>
public sealed record CreditView(CreditStatement Statement, CreditStanding Standing, IReadOnlyList<MisconductFinding> Findings);

/// <summary>
/// 信用库: statements of PIs and institutions from the events the workflow recorded, officer corrections and misconduct
/// findings (each with a recorded reason), and the check that refuses a submission whose PI or lead institution is
/// blocked (grade D or a ban in force).
/// </summary>
public sealed class CreditService(ICreditEventLog events, IMisconductRegistry misconduct, Regulations regulations, IBusinessClock clock)
{
    /// <summary>The subject's statement and standing now.</summary>
    public async Task<CreditView> ViewAsync(CreditSubjectKind kind, string subjectId, CancellationToken cancellationToken = default)
    {
        var ledger = await LedgerAsync(kind, subjectId, cancellationToken);
        var now = clock.Now;
        return new CreditView(ledger.Ledger.StatementAt(now), ledger.Ledger.StandingAt(now), ledger.Findings);
    }

    /// <summary>Records an officer's correction (non-zero points, mandatory reason) and returns the new view.</summary>
    public async Task<CreditView> CorrectAsync(CreditSubjectKind kind, string subjectId, int points, string reason, string? projectId, Actor officer, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var correction = CreditCorrections.Create($"correction:{key}", kind, subjectId, points, clock.Now, officer.Id, reason, projectId);
        await events.RecordAsync(correction, cancellationToken);
        return await ViewAsync(kind, subjectId, cancellationToken);
    }

    /// <summary>Records a misconduct finding with its ban (length checked against the severity) and returns the new view.</summary>
    public async Task<CreditView> RecordMisconductAsync(MisconductFinding finding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        finding.Validate(regulations.Credit).ThrowIfInvalid();
        await misconduct.RecordAsync(finding, cancellationToken);
        return await ViewAsync(finding.SubjectKind, finding.SubjectId, cancellationToken);
    }

    /// <summary>Refuses the submission, with every reason, when the PI or the lead institution may not apply now.</summary>
    /// <exception cref="DomainValidationException">One problem per block (grade D, ban in force), in Chinese and English.</exception>
    public async Task EnsureMayApplyAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var now = clock.Now;
        // Both records at once: this check sits on every submission, where the application-deadline rush is.
        var piReading = LedgerAsync(CreditSubjectKind.Person, project.Form.PrincipalInvestigator.Id, cancellationToken);
        var institutionReading = LedgerAsync(CreditSubjectKind.Institution, project.InstitutionId, cancellationToken);
        var pi = (await piReading).Ledger.StandingAt(now);
        var institution = (await institutionReading).Ledger.StandingAt(now);
        var result = ApplicationEligibility.Check(pi, institution, regulations.Credit);
        if (!result.Allowed)
        {
            throw new DomainValidationException([.. result.Reasons.Select(r => new ValidationProblem("credit", "credit-blocked", r))]);
        }
    }

    /// <summary>Every finding on record, for the review planner (an expert with a ban in force loses reviewer status).</summary>
    public Task<IReadOnlyList<MisconductFinding>> AllFindingsAsync(CancellationToken cancellationToken = default) => misconduct.ListAllAsync(cancellationToken);

    private async Task<(CreditLedger Ledger, IReadOnlyList<MisconductFinding> Findings)> LedgerAsync(CreditSubjectKind kind, string subjectId, CancellationToken cancellationToken)
    {
        var findingsReading = misconduct.ListAsync(kind, subjectId, cancellationToken);
        var recorded = await events.ListAsync(kind, subjectId, cancellationToken);
        var findings = await findingsReading;
        return (new CreditLedger(kind, subjectId, recorded, findings, regulations.Credit), findings);
    }
}
