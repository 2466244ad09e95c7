using Moq;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Tests.Evidence;

public class EvidenceGateTests
{
    private readonly Mock<IEvidenceRepository> _evidence = new(MockBehavior.Strict);

    private EvidenceGate Gate => new(_evidence.Object, StageEvidenceRequirements.Default);

    private static EvidenceRecord Accepted(Project project, EvidenceKind kind, string blob) =>
        new(project.Id, blob, "f.pdf", kind, project.Stage, project.InstitutionId, "pi-1", "张伟", Samples.InCallWindow, EvidenceStatus.Accepted);

    [Fact]
    public async Task Contract_signature_is_refused_until_the_signed_contract_is_accepted()
    {
        var project = Samples.InStage(ProjectStage.Contract);
        _evidence.Setup(e => e.ListByProjectAsync(project.Id, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Gate.For(ProjectStage.Contract)(project, default));
        Assert.Equal("evidence.SignedContract", Assert.Single(refused.Problems).Field);

        _evidence.Setup(e => e.ListByProjectAsync(project.Id, It.IsAny<CancellationToken>())).ReturnsAsync([Accepted(project, EvidenceKind.SignedContract, "b-1")]);
        await Gate.For(ProjectStage.Contract)(project, default);
    }

    [Fact]
    public async Task Out_of_stage_steps_are_left_to_the_domain_without_reading_evidence()
    {
        var project = Samples.InStage(ProjectStage.Execution);
        await Gate.For(ProjectStage.Contract)(project, default);
        await Gate.For(ProjectStage.AcceptanceDue, [])(project, default);
        _evidence.Verify(e => e.ListByProjectAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Acceptance_report_lists_missing_files_and_unbacked_actuals_together()
    {
        var project = Samples.InStage(ProjectStage.AcceptanceDue);
        var code = project.Form.Targets[0].IndicatorCode;
        _evidence.Setup(e => e.ListByProjectAsync(project.Id, It.IsAny<CancellationToken>())).ReturnsAsync([Accepted(project, EvidenceKind.AcceptanceReport, "report")]);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Gate.For(ProjectStage.AcceptanceDue, [new IndicatorActual(code, IndicatorValue.Of(1m), ["report"]), new IndicatorActual(code, IndicatorValue.Of(1m), [])])(project, default));
        Assert.Equal(["evidence.FinancialAudit", "actuals[1].evidenceIds"], refused.Problems.Select(p => p.Field));
    }
}
