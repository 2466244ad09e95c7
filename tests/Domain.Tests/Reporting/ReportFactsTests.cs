using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

/// <summary>The report's read model gives each project exactly the view the report took from the whole project.</summary>
public class ReportFactsTests
{
    public static TheoryData<string, int> Projects() => new()
    {
        { "aid, signed, 2018", 2018 },
        { "aid, signed, seen in 2019", 2019 },
        { "aid, approved but not signed", 2018 },
        { "sco with self-raised funds", 2018 },
        { "carried over, never signed here", 2018 },
        { "approved then withdrawn", 2018 },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Facts_give_the_same_report_project_as_the_stored_project(string name, int programYear)
    {
        var snapshot = Snapshot(name);
        var checks = new[] { new ComplianceCheck("AX-PROCESS", false, ["f-1"]) };
        // What SelfEvaluationService computed from the whole project before the read model.
        var inYear = snapshot.Form.Budget.FiscalInYear(programYear);
        var executed = snapshot.ContractSignedOn is null && !snapshot.IsCarriedOver ? 0m : inYear;
        var leveraged = ProgramCatalog.Category(snapshot.Form.Category).Program == ProgramCode.ScoPartnership ? snapshot.Form.Budget.SelfRaisedTotalCny : 0m;
        var expected = ReportProject.FromSnapshot(snapshot, programYear, executed, checks, leveraged);

        var actual = ReportFacts.Of(snapshot).ToReportProject(programYear, checks);

        Assert.Equivalent(expected, actual, strict: true);
        Assert.Equal(expected.Program, actual.Program);
    }

    [Theory]
    [InlineData(ProjectStage.EligibilityCheck, false, false)]
    [InlineData(ProjectStage.Approval, false, false)]
    [InlineData(ProjectStage.Rejected, false, false)]
    [InlineData(ProjectStage.Contract, true, true)]
    [InlineData(ProjectStage.Closed, true, true)]
    [InlineData(ProjectStage.Withdrawn, true, true)]
    [InlineData(ProjectStage.Withdrawn, false, false)]
    public void Only_projects_once_approved_have_facts(ProjectStage stage, bool approved, bool concerns)
    {
        var snapshot = Samples.InStage(stage).ToSnapshot() with { ApprovedOn = approved ? new DateOnly(2018, 5, 20) : null };

        Assert.Equal(concerns, ReportFacts.Concerns(snapshot));
    }

    [Fact]
    public void A_year_counts_its_new_projects_and_those_with_a_tranche_in_it()
    {
        var facts = ReportFacts.Of(Samples.InStage(ProjectStage.Execution).ToSnapshot() with
        {
            Form = Samples.AidForm() with { Budget = Samples.AidForm().Budget with { Disbursements = [new(2018, 700_000), new(2020, 100_000)] } },
        });

        Assert.Equal([true, false, true, false], new[] { 2018, 2019, 2020, 2021 }.Select(facts.CountsIn));
    }

    [Theory]
    [InlineData(2016, new[] { 2016, 2017, 2018 }, new[] { 1, 1, 1 }, 2018)]
    [InlineData(2016, new[] { 2016, 2017, 2018 }, new[] { 1, 1, 0 }, 2017)]
    [InlineData(2018, new[] { 2017 }, new[] { 1 }, 2018)]
    [InlineData(2018, new int[0], new int[0], 2018)]
    [InlineData(2016, new[] { 2019, 2019, 2017 }, new[] { 2, -1, 1 }, 2019)]
    [InlineData(2016, new[] { 2019, 2019, 2017 }, new[] { 1, -1, 1 }, 2017)]
    public void The_last_year_counted_is_the_last_whose_report_counts_the_project(int programYear, int[] years, int[] tenThousands, int expected)
    {
        var facts = ReportFacts.Of(Samples.InStage(ProjectStage.Execution).ToSnapshot() with
        {
            ProgramYear = programYear,
            Form = Samples.AidForm() with { Budget = Samples.AidForm().Budget with { Disbursements = [.. years.Zip(tenThousands, (y, n) => new FiscalDisbursement(y, n * 10_000m))] } },
        });

        Assert.Equal(expected, facts.LastYearCounted);
        Assert.True(facts.CountsIn(expected));
        Assert.All(Enumerable.Range(expected + 1, 10), later => Assert.False(facts.CountsIn(later)));
    }

    private static ProjectSnapshot Snapshot(string name)
    {
        var signed = Samples.InStage(ProjectStage.Execution).ToSnapshot() with
        {
            Form = Samples.AidForm() with { Budget = Samples.AidForm().Budget with { Disbursements = [new(2018, 700_000), new(2019, 100_000)] } },
            Actuals = [new IndicatorActual("AX-TALENTS", IndicatorValue.AtLeast(3), ["P-2018-0001/AcceptanceDue/0123/验收报告.pdf"])],
            ApprovedFiscalCny = 750_000,
        };
        return name switch
        {
            "aid, signed, 2018" or "aid, signed, seen in 2019" => signed,
            "aid, approved but not signed" => signed with { Stage = ProjectStage.Contract, ContractSignedOn = null, Actuals = [] },
            "sco with self-raised funds" => signed with { Form = Samples.ScoForm(CategoryCode.ScoKey) with { Budget = Samples.Budget(300_000m, 2_000_000m) } },
            "carried over, never signed here" => signed with { IsCarriedOver = true, ContractSignedOn = null, ProgramYear = 2016 },
            "approved then withdrawn" => signed with { Stage = ProjectStage.Withdrawn, ContractSignedOn = null },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
