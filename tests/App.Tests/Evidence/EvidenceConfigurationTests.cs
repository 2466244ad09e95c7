using Microsoft.Extensions.Configuration;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Tests.Evidence;

public class EvidenceConfigurationTests
{
    private static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create("Evidence:" + v.Key, (string?)v.Value))).Build().GetSection("Evidence");

    [Fact]
    public void Unset_configuration_gives_the_domain_defaults()
    {
        var section = Section();
        Assert.Equal(new EvidenceOptions(), EvidenceConfiguration.Options(section));
        Assert.Equal(EvidenceRules.Default.For(EvidenceKind.SignedContract), EvidenceConfiguration.Rules(section).For(EvidenceKind.SignedContract));
        Assert.Equal([EvidenceKind.AcceptanceReport, EvidenceKind.FinancialAudit], EvidenceConfiguration.Requirements(section).Required(ProjectStage.AcceptanceDue));
    }

    [Fact]
    public void Limits_types_link_lifetimes_and_stage_requirements_are_read_over_the_defaults()
    {
        var section = Section(
            ("UploadLinkMinutes", "30"),
            ("Kinds:SignedContract:MaxMegabytes", "5"),
            ("Kinds:TrainingRecord:AllowedTypes", "Pdf, OfficeOpenXml"),
            ("Requirements:Execution", "TrainingRecord"),
            ("Requirements:Contract", ""));

        Assert.Equal(30, EvidenceConfiguration.Options(section).UploadLinkMinutes);
        Assert.Equal(5, EvidenceConfiguration.Options(section).DownloadLinkMinutes);
        var rules = EvidenceConfiguration.Rules(section);
        Assert.Equal(5L * 1024 * 1024, rules.For(EvidenceKind.SignedContract)!.MaxBytes);
        Assert.Equal(EvidenceRules.Default.For(EvidenceKind.SignedContract)!.AllowedTypes, rules.For(EvidenceKind.SignedContract)!.AllowedTypes);
        Assert.Equal(new HashSet<DetectedFileType> { DetectedFileType.Pdf, DetectedFileType.OfficeOpenXml }, rules.For(EvidenceKind.TrainingRecord)!.AllowedTypes);
        var requirements = EvidenceConfiguration.Requirements(section);
        Assert.Equal([EvidenceKind.TrainingRecord], requirements.Required(ProjectStage.Execution));
        Assert.Empty(requirements.Required(ProjectStage.Contract));
    }

    [Theory]
    [InlineData("Requirements:Contract", "SignedContrakt", "Evidence:Requirements:Contract")]
    [InlineData("Requirements:Contrakt", "SignedContract", "Evidence:Requirements:Contrakt")]
    [InlineData("Kinds:SignedContract:AllowedTypes", "Pdf,Exe", "Evidence:Kinds:SignedContract:AllowedTypes")]
    [InlineData("Kinds:SignedContract:MaxMegabytes", "-1", "Evidence:Kinds:SignedContract:MaxMegabytes")]
    [InlineData("Kinds:4:MaxMegabytes", "3", "Evidence:Kinds:4")]
    public void A_typo_stops_the_host_naming_the_key(string key, string value, string named)
    {
        var section = Section((key, value));
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            EvidenceConfiguration.Rules(section);
            EvidenceConfiguration.Requirements(section);
        });
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
