using Azure.Data.Tables;
using XjKeji.App.Digest;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>Experts' email addresses in table Experts, and the daily review reminder over the Table adapters and outbox.</summary>
[Collection(AzuriteCollection.Name)]
public class ExpertReminderStorageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Today = new(2018, 4, 10, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_email_round_trips_and_rows_written_before_it_existed_read_without_one()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var experts = new TableExpertRepository(ctx.Service, ctx.Names);
        await experts.SaveAsync([Expert("E-1", "艾力@新疆大学.cn")]);

        // A row as the adapter wrote it before experts had an address: the JSON has no email property at all.
        await ctx.Service.GetTableClient(ctx.Names.Experts).UpsertEntityAsync(new TableEntity("expert", "E-OLD")
        {
            ["Name"] = "老专家",
            ["Json"] = """{"id":"E-OLD","name":"老专家","institutionId":"INST-9","fields":["Agriculture"],"keywords":[],"region":"InXinjiang","available":true,"activeAssignments":0,"declaredConflicts":[]}""",
        });

        Assert.Equal("艾力@新疆大学.cn", (await experts.FindAsync("E-1"))!.Email);
        var old = await experts.FindAsync("E-OLD");
        Assert.Equal(("老专家", (string?)null), (old!.Name, old.Email));
    }

    [Fact]
    public async Task Each_expert_with_open_reviews_gets_one_reminder_row_a_day_in_the_outbox()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var calls = new TableCallRepository(ctx.Service, ctx.Names);
        var reviews = new TableReviewRepository(ctx.Service, ctx.Names);
        var experts = new TableExpertRepository(ctx.Service, ctx.Names);
        var projects = ctx.Projects;
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var call = Samples.AidCall();
        await calls.SaveAsync(call);
        await projects.CreateAsync(Project.Rehydrate(Samples.InStage(ProjectStage.ExpertReview).ToSnapshot() with { Id = "P-R1" }));
        await experts.SaveAsync([Expert("E-1", "e1@xju.edu.cn"), Expert("E-2", null)]);
        await reviews.AddAsync(
        [
            new ReviewAssignmentState(call.Id, "P-R1", "E-1", FieldMatch.Field, ReviewAssignmentStatus.Assigned, Today.AddDays(-3)),
            new ReviewAssignmentState(call.Id, "P-R1", "E-2", FieldMatch.Field, ReviewAssignmentStatus.Assigned, Today.AddDays(-3)),
        ]);

        ExpertReviewReminders At(DateTimeOffset now) => new(calls, reviews, experts, projects, outbox,
            new ScaledBusinessClock(new ClockOptions { WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = now, Scale = 1e-9 }, TimeProvider.System), new WorkflowOptions());

        var first = await At(Today).SendAsync();
        await At(Today.AddHours(3)).SendAsync();            // a doubled timer the same day
        await At(Today.AddDays(1)).SendAsync();

        Assert.Equal(1, first.Reminded);
        Assert.Equal(["E-2"], first.WithoutEmail);
        var sent = (await outbox.ListAsync()).Where(m => m.Message.Kind == EmailKind.ReviewReminder).ToList();
        Assert.Equal(["review-reminder:E-1:2018-04-10", "review-reminder:E-1:2018-04-11"], sent.Select(m => m.Message.DeduplicationKey).Order());
        Assert.All(sent, m => Assert.Equal(("e1@xju.edu.cn", "【评审提醒】您有1个项目待评分"), (m.Message.To, m.Message.Subject)));
    }

    private static Expert Expert(string id, string? email) => new(id, $"专家{id}", "INST-X", [], [], ExpertRegion.InXinjiang, true, 0, [], email);
}
