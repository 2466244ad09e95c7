using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;

namespace XjKeji.Domain.Tests.Reporting;

public class ProcessComplianceTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Each_compliance_row_of_the_program_is_met_unless_a_deadline_was_broken_and_backed_by_the_accepted_files(bool broke, bool met)
    {
        IReadOnlyList<string> files = ["P1/Contract/00/任务书.pdf"];

        var checks = ProcessCompliance.ChecksFor(ProgramCode.AidXinjiang, broke, files);

        Assert.Equal(["AX-PROCESS", "AX-FUND-USE", "PUBLICITY-TIMELINESS"], checks.Select(c => c.IndicatorCode));
        Assert.All(checks, c => Assert.Equal((met, files), (c.Met, c.EvidenceIds)));
    }
}
