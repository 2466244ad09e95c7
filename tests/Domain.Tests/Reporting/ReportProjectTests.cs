using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

public class ReportProjectTests
{
    [Fact]
    public void From_snapshot_takes_the_years_tranche_the_plan_and_the_reported_actuals()
    {
        var actual = new IndicatorActual("AX-TALENTS", IndicatorValue.Of(3), ["ev-1"]);
        var snapshot = Samples.InStage(ProjectStage.Execution).ToSnapshot() with
        {
            // Budget(800k fiscal, 1,000k self-raised) pays 700k in 2018 and 100k in 2019.
            Form = Samples.AidForm() with { Budget = Samples.AidForm().Budget with { Disbursements = [new(2018, 700_000), new(2019, 100_000)] } },
            Actuals = [actual],
            ApprovedFiscalCny = 750_000,
        };
        var checks = new[] { new ComplianceCheck("AX-PROCESS", true, ["audit-1"]) };

        var in2018 = ReportProject.FromSnapshot(snapshot, 2018, 650_000, checks, leveragedCny: 5);
        Assert.Equal((700_000m, 650_000m, 750_000m, 1_000_000m, 5m), (in2018.FiscalAllocatedCny, in2018.FiscalExecutedCny, in2018.FiscalApprovedTotalCny, in2018.SelfRaisedCny, in2018.LeveragedCny));
        Assert.False(in2018.IsCarriedOver);
        Assert.Equal([actual], in2018.Actuals);
        Assert.Equal(snapshot.Form.Targets, in2018.Targets);
        Assert.Equal(checks, in2018.Compliance);

        // The next year the same project is carried over and gets its second tranche.
        var in2019 = ReportProject.FromSnapshot(snapshot, 2019, 100_000, []);
        Assert.True(in2019.IsCarriedOver);
        Assert.Equal(100_000m, in2019.FiscalAllocatedCny);
    }

    [Theory]
    [InlineData(ProjectStage.Draft, false)]
    [InlineData(ProjectStage.Publicity, false)]
    [InlineData(ProjectStage.Approval, false)]
    [InlineData(ProjectStage.Rejected, false)]
    [InlineData(ProjectStage.Withdrawn, false)]
    [InlineData(ProjectStage.Contract, true)]
    [InlineData(ProjectStage.MidTermReview, true)]
    [InlineData(ProjectStage.Closed, true)]
    [InlineData(ProjectStage.Terminated, true)]
    public void Only_approved_projects_are_funded(ProjectStage stage, bool funded) =>
        Assert.Equal(funded, ReportSamples.Project("P", XjKeji.Domain.Programs.CategoryCode.AidXinjiangA, stage: stage).IsFunded);
}
