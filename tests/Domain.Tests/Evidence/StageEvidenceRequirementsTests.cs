using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Evidence;

public class StageEvidenceRequirementsTests
{
    private static EvidenceRecord Record(EvidenceKind kind, EvidenceStatus status = EvidenceStatus.Accepted) =>
        new("P-1", $"P-1/AcceptanceDue/{Guid.NewGuid():N}/f.pdf", "f.pdf", kind, ProjectStage.AcceptanceDue, "inst-a", "pi-1", "张伟", Samples.InCallWindow, status);

    [Fact]
    public void Acceptance_without_evidence_lists_both_missing_kinds_in_chinese_and_english()
    {
        var missing = StageEvidenceRequirements.Default.Missing(ProjectStage.AcceptanceDue, []);
        Assert.Equal(["evidence.AcceptanceReport", "evidence.FinancialAudit"], missing.Select(m => m.Field));
        Assert.All(missing, m => Assert.Equal("missing-evidence", m.Code));
        Assert.Equal("“待验收”阶段须上传验收报告", missing[0].Message.Zh);
        Assert.Equal("The Acceptance due stage requires the financial audit report", missing[1].Message.En);
    }

    [Fact]
    public void Only_accepted_files_count()
    {
        var missing = StageEvidenceRequirements.Default.Missing(ProjectStage.AcceptanceReview,
            [Record(EvidenceKind.AcceptanceReport), Record(EvidenceKind.FinancialAudit, EvidenceStatus.Rejected), Record(EvidenceKind.FinancialAudit, EvidenceStatus.Pending)]);
        Assert.Equal("evidence.FinancialAudit", Assert.Single(missing).Field);

        Assert.Empty(StageEvidenceRequirements.Default.Missing(ProjectStage.AcceptanceReview, [Record(EvidenceKind.AcceptanceReport), Record(EvidenceKind.FinancialAudit)]));
    }

    [Theory]
    [InlineData(ProjectStage.Contract, EvidenceKind.SignedContract)]
    [InlineData(ProjectStage.MidTermInspection, EvidenceKind.MidTermReport)]
    public void Defaults_require_one_kind_in_contract_and_mid_term(ProjectStage stage, EvidenceKind kind) =>
        Assert.Equal([kind], StageEvidenceRequirements.Default.Required(stage));

    [Fact]
    public void Stages_without_requirements_miss_nothing_and_requirements_are_configurable()
    {
        Assert.Empty(StageEvidenceRequirements.Default.Missing(ProjectStage.Execution, []));
        var custom = StageEvidenceRequirements.Default.With(ProjectStage.Execution, [EvidenceKind.TrainingRecord]);
        Assert.Equal("培训记录", custom.Missing(ProjectStage.Execution, [])[0].Message.Zh[^4..]);
        Assert.Empty(StageEvidenceRequirements.Default.Required(ProjectStage.Execution));
    }
}
