using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Tests.Programs;

public class AnnualCallTests
{
    [Fact]
    public void Window_is_inclusive_in_Beijing_dates()
    {
        var call = Samples.AidCall();
        Assert.False(call.IsOpenAt(new DateTimeOffset(2018, 2, 28, 15, 59, 59, TimeSpan.Zero)));
        Assert.True(call.IsOpenAt(new DateTimeOffset(2018, 2, 28, 16, 0, 0, TimeSpan.Zero)));
        Assert.True(call.IsOpenAt(new DateTimeOffset(2018, 3, 31, 15, 59, 59, TimeSpan.Zero)));
        Assert.False(call.IsOpenAt(new DateTimeOffset(2018, 3, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2018, 3, 31, 16, 0, 0, TimeSpan.Zero), call.ClosesAt.AddTicks(1));
    }

    [Fact]
    public void Envelope_totals_and_lookups()
    {
        var call = Samples.AidCall(envelopeA: 10_000_000m);
        Assert.Equal(26_000_000m, call.TotalEnvelopeCny);
        Assert.Equal(0m, Samples.ScoCall().EnvelopeFor(CategoryCode.AidXinjiangA));
    }

    [Fact]
    public void Validation_reports_every_problem()
    {
        var call = Samples.AidCall() with
        {
            Id = "",
            ClosesOn = new DateOnly(2018, 2, 1),
            Envelopes = [new(CategoryCode.ScoKey, 1m), new(CategoryCode.AidXinjiangA, -5m), new(CategoryCode.AidXinjiangA, 1m)],
        };
        Assert.Equal(["id", "closesOn", "envelopes[0].category", "envelopes[1].fiscalCny", "envelopes"], call.Validate().Problems.Select(p => p.Field));
        Assert.True(Samples.AidCall().Validate().IsValid);
    }
}
