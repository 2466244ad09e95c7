using XjKeji.Domain.Credit;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Tests.Credit.CreditTestData;

namespace XjKeji.Domain.Tests.Credit;

public class CreditCorrectionsTests
{
    [Fact]
    public void A_correction_needs_a_reason_an_officer_and_non_zero_points()
    {
        var ex = Assert.Throws<DomainValidationException>(() => CreditCorrections.Create("c1", CreditSubjectKind.Person, Pi, 0, At(2018, 1, 1), " ", "  "));
        Assert.Equal(["reason", "points", "officerId"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_correction_is_traceable_to_its_officer_and_counts_like_any_event()
    {
        var wrong = Event("missed", CreditEventKind.DeadlineMissed, At(2018, 1, 1));
        var fix = CreditCorrections.Create("fix", CreditSubjectKind.Person, Pi, 10, At(2018, 2, 1), "officer-7", "系统误判逾期，已核实按时提交");
        Assert.Equal(CreditEventKind.OfficerCorrection, fix.Kind);
        Assert.Contains("officer-7", fix.Reason, StringComparison.Ordinal);
        Assert.Contains("系统误判逾期", fix.Reason, StringComparison.Ordinal);
        var s = Ledger(wrong, fix).StatementAt(At(2018, 3, 1));
        Assert.Equal(100, s.Score);
        Assert.Equal([-10, 10], s.Counted.Select(c => c.AppliedPoints));

        var penalty = CreditCorrections.Create("pen", CreditSubjectKind.Person, Pi, -5, At(2018, 1, 1), "officer-7", "补记迟交");
        Assert.Equal(At(2021, 1, 1), Ledger(penalty).CountsUntil(penalty));
    }
}
