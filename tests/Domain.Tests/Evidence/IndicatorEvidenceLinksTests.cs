using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Evidence;

public class IndicatorEvidenceLinksTests
{
    private static readonly string Code = IndicatorCatalog.All[0].Code;

    private static EvidenceRecord Record(string blob, EvidenceStatus status) =>
        new("P-1", blob, "f.pdf", EvidenceKind.AcceptanceReport, ProjectStage.AcceptanceDue, "inst-a", "pi-1", "张伟", Samples.InCallWindow, status);

    private static IndicatorActual Actual(params string[] evidence) => new(Code, IndicatorValue.Of(3m), evidence);

    [Fact]
    public void Actuals_backed_by_accepted_files_of_the_project_pass()
    {
        Assert.Empty(IndicatorEvidenceLinks.Problems([Actual("b-1", "b-2"), Actual("b-1")], [Record("b-1", EvidenceStatus.Accepted), Record("b-2", EvidenceStatus.Accepted)]));
    }

    [Fact]
    public void An_actual_without_evidence_is_refused_with_its_index_and_indicator_name()
    {
        var problem = Assert.Single(IndicatorEvidenceLinks.Problems([Actual("b-1"), Actual()], [Record("b-1", EvidenceStatus.Accepted)]));
        Assert.Equal("actuals[1].evidenceIds", problem.Field);
        Assert.Equal("evidence-required", problem.Code);
        Assert.Contains(IndicatorCatalog.All[0].Name.Zh, problem.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Pending_rejected_and_unknown_files_prove_nothing()
    {
        var problems = IndicatorEvidenceLinks.Problems(
            [Actual("pending", "rejected", "elsewhere", "ok")],
            [Record("pending", EvidenceStatus.Pending), Record("rejected", EvidenceStatus.Rejected), Record("ok", EvidenceStatus.Accepted)]);
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("evidence-not-accepted", p.Code));
        Assert.Contains("不是本项目的佐证材料", problems[2].Message.Zh, StringComparison.Ordinal);
    }
}
