using System.Globalization;
using XjKeji.App.Evidence;
using XjKeji.Domain.Budget;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Tests;

namespace XjKeji.Bench;

/// <summary>
/// A deterministic set of projects for the year-end report (same index, same project, every run): 70% of program year
/// 2018, the rest of 2013–2017 with tranches paid over three years (so those of 2016 and 2017 are carried over into
/// 2018); three quarters AidXinjiang; most of them past approval, with the files each stage needs (signed contract,
/// then acceptance report and audit) accepted, actuals citing them when closed, and a missed deadline for one in 33.
/// </summary>
public static class ReportSeed
{
    /// <summary>The program year the report is asked for.</summary>
    public const int ReportYear = 2018;

    private static readonly ProjectStage[] NewStages =
    [
        ProjectStage.ExpertReview, ProjectStage.Rejected, ProjectStage.Contract, ProjectStage.Execution, ProjectStage.Execution, ProjectStage.Execution,
        ProjectStage.Execution, ProjectStage.Execution, ProjectStage.MidTermInspection, ProjectStage.AcceptanceDue, ProjectStage.Closed, ProjectStage.Terminated,
    ];

    private static readonly ProjectStage[] OlderStages =
        [ProjectStage.Execution, ProjectStage.Execution, ProjectStage.AcceptanceDue, ProjectStage.AcceptanceReview, ProjectStage.Closed, ProjectStage.Closed];

    /// <summary>The default of <see cref="Project"/>'s targetSpread: targets of 1–49, so few distinct values.</summary>
    public const int DefaultTargetSpread = 49;

    /// <summary>
    /// The <paramref name="index"/>th project, spread over <paramref name="institutions"/> institutions, each target a
    /// whole number from 1 to <paramref name="targetSpread"/>: the default repeats values far more than a real year does
    /// (a wide spread makes nearly every target and actual a value of its own).
    /// </summary>
    public static ProjectSnapshot Project(int index, int institutions, int targetSpread = DefaultTargetSpread)
    {
        var random = new Random(index);
        var year = index % 10 < 7 ? ReportYear : ReportYear - 1 - (index / 10 % 5);
        var sco = index % 4 == 3;
        var program = sco ? ProgramCode.ScoPartnership : ProgramCode.AidXinjiang;
        var category = sco ? (index % 8 == 3 ? CategoryCode.ScoKey : CategoryCode.ScoGeneral) : (CategoryCode)(1 + (index / 4 % 3));
        var stage = year == ReportYear ? NewStages[random.Next(NewStages.Length)] : OlderStages[random.Next(OlderStages.Length)];
        var fiscal = 100_000m * random.Next(2, 20);
        var selfRaised = sco ? 0m : 50_000m * random.Next(0, 30);
        var management = Math.Round(fiscal * 0.05m, 2);
        // A new project is paid 60% in its year and 40% in the next; an older one 50/30/20 over three years.
        FiscalDisbursement[] tranches = year == ReportYear
            ? [new(year, fiscal * 0.6m), new(year + 1, fiscal * 0.4m)]
            : [new(year, fiscal * 0.5m), new(year + 1, fiscal * 0.3m), new(year + 2, fiscal * 0.2m)];
        var institution = (index % institutions).ToString("D4", CultureInfo.InvariantCulture);
        var targets = IndicatorCatalog.PerProjectIndicators(program).Select(d => new IndicatorTarget(d.Code, IndicatorValue.Of(random.Next(1, targetSpread + 1)))).ToList();
        var template = sco ? Samples.ScoForm(category, fiscal) : Samples.AidForm(category, fiscal);
        var form = template with
        {
            Title = $"{template.Title}（{index}）",
            Institution = new Institution($"91650000-B{institution}", $"承担单位{institution}"),
            PrincipalInvestigator = new PrincipalInvestigator($"pi-{index}", "张伟", $"pi{index}@example.cn"),
            ExecutionStartsOn = new DateOnly(year, 7, 1),
            ExecutionEndsOn = new DateOnly(year + 2, 6, 30),
            Budget = new ProjectBudget([new(ExpenseCategory.Materials, fiscal - management, selfRaised), new(ExpenseCategory.Management, management, 0)], tranches),
            Targets = targets,
        };

        var id = $"P{year}-B{index:D6}";
        var approved = stage is not (ProjectStage.ExpertReview or ProjectStage.Rejected);
        var signed = approved && stage != ProjectStage.Contract;
        var closed = stage is ProjectStage.Closed or ProjectStage.AcceptanceReview;
        var at = new DateTimeOffset(year, 3, 15, 2, 0, 0, TimeSpan.Zero);
        IReadOnlyList<IndicatorActual> actuals = closed
            ? [.. targets.Select(t => new IndicatorActual(t.IndicatorCode, IndicatorValue.Of(t.Value.Number!.Value + random.Next(-5, 10)), [BlobName(id, EvidenceKind.AcceptanceReport)]))]
            : [];
        var sequence = 3 + (int)stage;
        return new ProjectSnapshot(id, $"{year}-{program}", year, form, stage, at, at, approved ? new DateOnly(year, 5, 11) : null,
            approved ? new DateOnly(year, 5, 20) : null, approved ? fiscal : null, signed ? new DateOnly(year, 6, 1) : null, 0, 0, null, [], actuals,
            stage == ProjectStage.Terminated ? TerminationCause.ContractNotSigned : null, false, sequence, at.AddDays(90), sequence, false);
    }

    /// <summary>The accepted files of a project: the signed contract once signed, acceptance report and audit once reported.</summary>
    public static IEnumerable<EvidenceRecord> Evidence(ProjectSnapshot project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.ContractSignedOn is null)
        {
            yield break;
        }

        yield return Accepted(project, EvidenceKind.SignedContract, ProjectStage.Contract, 0);
        if (project.Actuals.Count > 0)
        {
            yield return Accepted(project, EvidenceKind.AcceptanceReport, ProjectStage.AcceptanceDue, 1);
            yield return Accepted(project, EvidenceKind.FinancialAudit, ProjectStage.AcceptanceDue, 2);
        }
    }

    /// <summary>A missed deadline on the institution's record for one funded project in 33, none for the others.</summary>
    public static CreditEvent? Credit(int index, ProjectSnapshot project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return index % 33 == 0 && project.ApprovedOn is not null
            ? new CreditEvent($"bench:{project.Id}:deadline", CreditSubjectKind.Institution, project.Form.Institution.Id, CreditEventKind.DeadlineMissed, -5,
                project.CreatedAt.AddDays(200), project.Id, "逾期未提交中期报告")
            : null;
    }

    /// <summary>Year-end inputs with each program's budget, so the funds block has its targets.</summary>
    public static YearEndInputs Inputs(int projects) => new(
        [new ProgramBudget(ProgramCode.AidXinjiang, projects * 500_000m, projects * 500_000m), new ProgramBudget(ProgramCode.ScoPartnership, projects * 200_000m, projects * 200_000m)],
        [], [], []);

    private static EvidenceRecord Accepted(ProjectSnapshot project, EvidenceKind kind, ProjectStage stage, int n)
    {
        var uploaded = project.CreatedAt.AddDays(100 + (n * 200));
        return new EvidenceRecord(project.Id, BlobName(project.Id, kind), $"{kind}.pdf", kind, stage, project.Form.Institution.Id, project.Form.PrincipalInvestigator.Id,
            project.Form.PrincipalInvestigator.Name, uploaded, EvidenceStatus.Accepted)
        {
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(project.Id + kind))),
            SizeBytes = 200_000 + n,
            DetectedType = DetectedFileType.Pdf,
            ProcessedAt = uploaded.AddSeconds(5),
        };
    }

    // Deterministic blob names, so actuals can cite the file before it is recorded.
    private static string BlobName(string projectId, EvidenceKind kind)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(projectId + kind));
        return new EvidenceBlobName(projectId, kind == EvidenceKind.SignedContract ? ProjectStage.Contract : ProjectStage.AcceptanceDue, new Guid(bytes.AsSpan(0, 16)), $"{kind}.pdf").ToString();
    }
}
