using XjKeji.App.Http;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Email;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>
/// A request killed mid-flight (kill -9 of the host) leaves its Idempotency-Key reserved and never completed. Before the
/// lease, every retry got 409 request-in-progress forever (the fault test's lifecycles all stuck at submission); now
/// one retry takes the reservation over once the lease has run out, and a request still within it keeps it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class IdempotencyLeaseTests(AzuriteFixture azurite)
{
    private const string Scope = "Applicant:pi-1:SubmitApplication";

    [Fact]
    public async Task Reservation_abandoned_by_a_dead_process_is_taken_over_by_one_retry_after_the_lease()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        var limits = new ApiLimits { IdempotencyLeaseSeconds = 30 };
        var killed = new TableIdempotencyStore(ctx.Service, ctx.Names, limits, clock);
        var restarted = new TableIdempotencyStore(ctx.Service, ctx.Names, limits, clock);

        Assert.Null(await killed.TryReserveAsync(Scope, "key-1", "HASH"));

        clock.Now = clock.Now.AddSeconds(29);
        Assert.True((await restarted.TryReserveAsync(Scope, "key-1", "HASH"))!.InFlight);

        clock.Now = clock.Now.AddSeconds(2);
        // A different request with the key never takes it over: the dispatcher answers it 422 from this record.
        Assert.Equal("HASH", (await restarted.TryReserveAsync(Scope, "key-1", "OTHER"))!.RequestHash);
        Assert.Null(await restarted.TryReserveAsync(Scope, "key-1", "HASH"));
        Assert.True((await killed.TryReserveAsync(Scope, "key-1", "HASH"))!.InFlight);

        await restarted.CompleteAsync(Scope, "key-1", new IdempotencyRecord("HASH", 200, "{\"stage\":\"EligibilityCheck\"}", "W/\"2\"", null));
        clock.Now = clock.Now.AddHours(1);
        var answered = await killed.TryReserveAsync(Scope, "key-1", "HASH");
        Assert.Equal((200, "{\"stage\":\"EligibilityCheck\"}"), (answered!.Status, answered.BodyJson));
    }
}
