using XjKeji.Domain.Notifications;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Integration.Tests.TableStorage;

namespace XjKeji.Integration.Tests.Email;

/// <summary>The outbox lists what was sent oldest first, across projects and for mail about no project.</summary>
[Collection(AzuriteCollection.Name)]
public class OutboxOrderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Lists_are_in_send_order_across_partitions_and_keys_with_any_characters_dedupe()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var clock = new ManualClock(new DateTimeOffset(2018, 6, 12, 1, 0, 0, TimeSpan.Zero));
        var outbox = new TableOutbox(ctx.Service, ctx.Names, clock);
        var digest = new EmailMessage("digest:2018-06-12", "officer@xjkjt.example.cn", "【每日提醒】今日到期事项", "共3项。", EmailKind.OfficerDigest, null);
        var reminder = new EmailMessage("P/1#新疆?:Contract:7:reminder-3", "zhang.wei@example.cn", "【科技厅提醒】请签订任务书", "请于三日内签订。", EmailKind.DeadlineReminder, "P/1#新疆?");
        var other = reminder with { DeduplicationKey = "P-2:Contract:7:reminder-3", ProjectId = "P-2" };

        // Sent in the order other, digest, reminder; the partitions sort differently.
        await outbox.SendAsync(other);
        clock.Now = clock.Now.AddMinutes(1);
        await outbox.SendAsync(digest);
        clock.Now = clock.Now.AddMinutes(1);
        Assert.Equal(EmailSendOutcome.Sent, await outbox.SendAsync(reminder));
        clock.Now = clock.Now.AddMinutes(1);
        Assert.Equal(EmailSendOutcome.AlreadySent, await outbox.SendAsync(reminder));
        Assert.Equal(EmailSendOutcome.AlreadySent, await outbox.SendAsync(digest));

        Assert.Equal([other, digest, reminder], (await outbox.ListAsync()).Select(m => m.Message));
        Assert.Equal([reminder], (await outbox.ListAsync("P/1#新疆?")).Select(m => m.Message));
        Assert.Empty(await outbox.ListAsync("none"));
    }
}
