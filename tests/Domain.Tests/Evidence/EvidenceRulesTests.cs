using XjKeji.Domain.Evidence;

namespace XjKeji.Domain.Tests.Evidence;

public class EvidenceRulesTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(EvidenceKind.MidTermReport, DetectedFileType.Pdf, true)]
    [InlineData(EvidenceKind.MidTermReport, DetectedFileType.OfficeOpenXml, true)]
    [InlineData(EvidenceKind.MidTermReport, DetectedFileType.Png, false)]
    [InlineData(EvidenceKind.SignedContract, DetectedFileType.Jpeg, true)]
    [InlineData(EvidenceKind.SignedContract, DetectedFileType.Text, false)]
    [InlineData(EvidenceKind.TrainingRecord, DetectedFileType.Text, true)]
    [InlineData(EvidenceKind.FinancialAudit, DetectedFileType.LegacyOffice, true)]
    [InlineData(EvidenceKind.Other, DetectedFileType.Unknown, false)]
    [InlineData(EvidenceKind.Other, DetectedFileType.Executable, false)]
    public void Allowed_types_depend_on_the_kind(EvidenceKind kind, DetectedFileType type, bool accepted) =>
        Assert.Equal(accepted, EvidenceRules.Default.Check(kind, type, 1024) is null);

    [Fact]
    public void The_refusal_names_the_real_type_and_what_is_accepted()
    {
        var problem = EvidenceRules.Default.Check(EvidenceKind.MidTermReport, DetectedFileType.Png, 1024)!;
        Assert.Equal("type-not-allowed", problem.Code);
        Assert.Contains("png", problem.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("中期报告", problem.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("pdf", problem.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_limit_is_inclusive_and_configurable()
    {
        Assert.Null(EvidenceRules.Default.Check(EvidenceKind.SignedContract, DetectedFileType.Pdf, 20 * MiB));
        var tooLarge = EvidenceRules.Default.Check(EvidenceKind.SignedContract, DetectedFileType.Pdf, (20 * MiB) + 1)!;
        Assert.Equal("too-large", tooLarge.Code);
        Assert.Contains("20 MB", tooLarge.Message.Zh, StringComparison.Ordinal);

        var custom = EvidenceRules.Default.With(EvidenceKind.SignedContract, new EvidenceRule(new HashSet<DetectedFileType> { DetectedFileType.Pdf }, 100 * MiB));
        Assert.Null(custom.Check(EvidenceKind.SignedContract, DetectedFileType.Pdf, 50 * MiB));
        Assert.NotNull(custom.Check(EvidenceKind.SignedContract, DetectedFileType.Jpeg, 1024));
        Assert.Null(EvidenceRules.Default.Check(EvidenceKind.SignedContract, DetectedFileType.Jpeg, 1024));
    }

    [Fact]
    public void Every_kind_has_a_default_rule_and_a_chinese_name()
    {
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            Assert.NotNull(EvidenceRules.Default.For(kind));
            Assert.NotEqual(kind.ToString(), EvidenceKindNames.Of(kind).Zh);
        }
    }
}
