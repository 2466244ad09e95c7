using XjKeji.Domain.Notifications;
using XjKeji.Infrastructure.Email;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Integration.Tests.Mail;
using XjKeji.Integration.Tests.TableStorage;

namespace XjKeji.Integration.Tests.Email;

/// <summary>What the SendGrid sender does when an earlier attempt for the same key crashed mid-send.</summary>
[Collection(AzuriteCollection.Name)]
public class SendGridRetryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2018, 6, 12, 1, 0, 0, TimeSpan.Zero);

    private static readonly EmailMessage Notice = new(
        "P-9:Contract:7:overdue", "li.na@example.cn", "【科技厅通知】项目《中哈跨境动物疫病联合防控》任务书签订已逾期",
        "李娜：\n任务书签订期限已过，请尽快联系计划处。", EmailKind.OverdueNotice, "P-9");

    [Fact]
    public async Task A_crashed_attempt_blocks_retries_until_stale_then_exactly_one_of_many_concurrent_retries_sends()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var clock = new ManualClock(T0);
        await CrashMidSendAsync(outbox, clock);

        await using var fake = new FakeSendGrid();
        var sender = new SendGridEmailSender(Options(fake.Host), outbox, clock);

        clock.Now = T0.AddMinutes(5);
        await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(Notice));
        Assert.Empty(fake.Requests);

        clock.Now = T0.AddMinutes(11);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                return await sender.SendAsync(Notice);
            }
            catch (InvalidOperationException)
            {
                return (EmailSendOutcome?)null;
            }
        }));

        Assert.Single(fake.Requests);
        Assert.Single(outcomes, o => o == EmailSendOutcome.Sent);
        Assert.Equal(EmailSendOutcome.AlreadySent, await sender.SendAsync(Notice));
        var logged = Assert.Single(await outbox.ListAsync("P-9"));
        Assert.Equal((Notice, T0.AddMinutes(11)), (logged.Message, logged.SentAt));
    }

    [Fact]
    public async Task The_request_carries_the_configured_sender_and_the_chinese_subject_intact()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        await using var fake = new FakeSendGrid();
        var sender = new SendGridEmailSender(Options(fake.Host) with { FromAddress = "jihua@xjkjt.example.cn", FromName = "计划处" }, outbox, TimeProvider.System);

        Assert.Equal(EmailSendOutcome.Sent, await sender.SendAsync(Notice));

        var (_, _, body) = Assert.Single(fake.Requests);
        Assert.Equal("jihua@xjkjt.example.cn", body.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("计划处", body.GetProperty("from").GetProperty("name").GetString());
        var personalization = body.GetProperty("personalizations")[0];
        Assert.Equal(Notice.Subject, personalization.GetProperty("subject").GetString());
        Assert.Equal(Notice.DeduplicationKey, personalization.GetProperty("custom_args").GetProperty("dedupKey").GetString());
    }

    private static SendGridOptions Options(string host) => new() { ApiKey = "SG.test-key-not-real", Host = host, StaleSendingAfter = TimeSpan.FromMinutes(10) };

    /// <summary>Starts a send against an endpoint that never answers and abandons it, leaving its row "Sending".</summary>
    private static async Task CrashMidSendAsync(TableOutbox outbox, TimeProvider clock)
    {
        using var hung = new HungSendGrid();
        using var abandon = new CancellationTokenSource();
        var crashed = new SendGridEmailSender(Options(hung.Host), outbox, clock).SendAsync(Notice, abandon.Token);
        await hung.Connected.WaitAsync(TimeSpan.FromSeconds(30));
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashed);
        Assert.Empty(await outbox.ListAsync("P-9"));
    }
}
