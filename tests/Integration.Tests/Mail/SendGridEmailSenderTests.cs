using XjKeji.Domain.Notifications;
using XjKeji.Infrastructure.Email;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Integration.Tests.TableStorage;

namespace XjKeji.Integration.Tests.Mail;

/// <summary>The SendGrid adapter against a local fake of the SendGrid API, with its deduplication rows on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public class SendGridEmailSenderTests(AzuriteFixture azurite)
{
    private static readonly EmailMessage Reminder = new(
        "P-1:Contract:7:reminder-3", "zhang.wei@example.cn", "【科技厅提醒】项目《南疆节水灌溉》需在3个工作日内签订项目任务书（合同）",
        "张伟：\n请于 2018-06-19 23:59 (北京时间) 前签订任务书。", EmailKind.DeadlineReminder, "P-1");

    [Fact]
    public async Task Sends_chinese_mail_once_per_key_with_the_key_as_a_custom_arg()
    {
        await using var fake = new FakeSendGrid();
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var sender = new SendGridEmailSender(new SendGridOptions { ApiKey = "SG.test-key-not-real", Host = fake.Host }, outbox, TimeProvider.System);

        Assert.Equal(EmailSendOutcome.Sent, await sender.SendAsync(Reminder));
        Assert.Equal(EmailSendOutcome.AlreadySent, await sender.SendAsync(Reminder));

        var (path, auth, body) = Assert.Single(fake.Requests);
        Assert.Equal("/v3/mail/send", path);
        Assert.Equal("Bearer SG.test-key-not-real", auth);
        var personalization = body.GetProperty("personalizations")[0];
        Assert.Equal(Reminder.Subject, personalization.GetProperty("subject").GetString());
        Assert.Equal("zhang.wei@example.cn", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal(Reminder.DeduplicationKey, personalization.GetProperty("custom_args").GetProperty("dedupKey").GetString());
        Assert.Equal("新疆维吾尔自治区科学技术厅", body.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(Reminder.Body, body.GetProperty("content")[0].GetProperty("value").GetString());
        var logged = Assert.Single(await outbox.ListAsync("P-1"));
        Assert.Equal(Reminder, logged.Message);
    }

    [Fact]
    public async Task A_refusal_throws_for_a_retry_and_leaves_nothing_recorded()
    {
        await using var fake = new FakeSendGrid { StatusToAnswer = 429 };
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var sender = new SendGridEmailSender(new SendGridOptions { ApiKey = "SG.test", Host = fake.Host }, outbox, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SendGridException>(() => sender.SendAsync(Reminder));
        Assert.Equal(429, error.Status);
        Assert.Empty(await outbox.ListAsync("P-1"));

        fake.StatusToAnswer = 202;
        Assert.Equal(EmailSendOutcome.Sent, await sender.SendAsync(Reminder));
        Assert.Equal(2, fake.Requests.Count);
    }
}
