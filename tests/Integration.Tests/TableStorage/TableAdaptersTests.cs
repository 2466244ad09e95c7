using XjKeji.Domain.Credit;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

[Collection(AzuriteCollection.Name)]
public class TableAdaptersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Outbox_sends_each_deduplication_key_once_and_lists_per_project_in_time_order()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var first = new EmailMessage("P-1:Contract:7:reminder-7", "zhang.wei@example.cn", "【科技厅提醒】请签订任务书", "正文：请于2018-06-19前签订。", EmailKind.DeadlineReminder, "P-1");
        var second = first with { DeduplicationKey = "P-1:Contract:7:reminder-3", Subject = "【科技厅提醒】还剩3个工作日" };

        Assert.Equal(EmailSendOutcome.Sent, await outbox.SendAsync(first));
        Assert.Equal(EmailSendOutcome.AlreadySent, await outbox.SendAsync(first with { Body = "重试" }));
        Assert.Equal(EmailSendOutcome.Sent, await outbox.SendAsync(second));
        await outbox.SendAsync(first with { DeduplicationKey = "other", ProjectId = "P-2" });

        var listed = await outbox.ListAsync("P-1");
        Assert.Equal([first.DeduplicationKey, second.DeduplicationKey], listed.Select(m => m.Message.DeduplicationKey));
        Assert.Equal(first, listed[0].Message);
        Assert.Equal(3, (await outbox.ListAsync()).Count);
    }

    [Fact]
    public async Task Credit_events_record_once_per_key_and_list_per_subject()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var log = new TableCreditEventLog(ctx.Service, ctx.Names);
        var at = Samples.InCallWindow;
        var e = new CreditEvent("P-1:Contract:7:grace-expired:person", CreditSubjectKind.Person, "pi/1", CreditEventKind.ContractNotSigned, -10, at, "P-1", "未按期签订任务书");

        Assert.True(await log.RecordAsync(e));
        Assert.False(await log.RecordAsync(e));
        Assert.True(await log.RecordAsync(e with { Key = "k2", Kind = CreditEventKind.AcceptancePassedAllMet, Points = 5, At = at.AddDays(1) }));

        var listed = await log.ListAsync(CreditSubjectKind.Person, "pi/1");
        Assert.Equal([-10, 5], listed.Select(x => x.Points));
        Assert.Equal(e, listed[0]);
        Assert.Empty(await log.ListAsync(CreditSubjectKind.Institution, "pi/1"));
    }

    [Fact]
    public async Task Calls_round_trip_and_list_by_year()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var calls = new TableCallRepository(ctx.Service, ctx.Names);
        var aid = Samples.AidCall();
        await calls.SaveAsync(aid);
        await calls.SaveAsync(Samples.ScoCall());
        await calls.SaveAsync(aid with { Id = "2019/AidXinjiang#1", ProgramYear = 2019 });

        var found = await calls.FindAsync(aid.Id);
        Assert.NotNull(found);
        Assert.Equal(aid.Title, found.Title);
        Assert.Equal(aid.Envelopes, found.Envelopes);
        Assert.Equal(2, (await calls.ListAsync(2018)).Count);
        Assert.Equal("2019/AidXinjiang#1", Assert.Single(await calls.ListAsync(2019)).Id);
        Assert.Null(await calls.FindAsync("none"));
    }

    [Fact]
    public async Task Idempotency_key_is_reserved_once_then_answers_with_the_stored_result()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var store = new TableIdempotencyStore(ctx.Service, ctx.Names);

        Assert.Null(await store.TryReserveAsync("Applicant:pi-1:Submit", "key-1", "HASH"));
        Assert.True((await store.TryReserveAsync("Applicant:pi-1:Submit", "key-1", "HASH"))!.InFlight);
        await store.CompleteAsync("Applicant:pi-1:Submit", "key-1", new App.Http.IdempotencyRecord("HASH", 200, "{\"stage\":\"形式审查\"}", "W/\"1\"", null));
        var stored = await store.TryReserveAsync("Applicant:pi-1:Submit", "key-1", "HASH");
        Assert.Equal((200, "{\"stage\":\"形式审查\"}"), (stored!.Status, stored.BodyJson));

        await store.ReleaseAsync("Applicant:pi-1:Submit", "key-1");
        Assert.Null(await store.TryReserveAsync("Applicant:pi-1:Submit", "key-1", "HASH"));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a/b\\c#d?e%f")]
    [InlineData("新疆/科技#厅?")]
    [InlineData("tab\tnew\nline")]
    public void Key_escaping_is_reversible_and_removes_forbidden_characters(string value)
    {
        var key = TableKeys.Escape(value);
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(value, TableKeys.Unescape(key));
    }
}
