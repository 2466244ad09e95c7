using XjKeji.App.Digest;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Digest;

public class ExpertReviewRemindersTests
{
    private static readonly DateTimeOffset Today = new(2018, 4, 10, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset AssignedAt = new(2018, 4, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Uri Portal = new("https://portal.xjkjt.example.cn/");

    private readonly InMemoryCallRepository _calls = new();
    private readonly InMemoryReviewRepository _reviews = new();
    private readonly InMemoryExpertRepository _experts = new();
    private readonly InMemoryProjectRepository _projects = new();
    private readonly RecordingEmailSender _mail = new();

    private ExpertReviewReminders Reminders(DateTimeOffset now) => new(_calls, _reviews, _experts, _projects, _mail,
        new ScaledBusinessClock(new ClockOptions { WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = now, Scale = 1e-9 }, TimeProvider.System),
        new WorkflowOptions { PortalBaseUrl = Portal });

    private static Expert Expert(string id, string? email) => new(id, $"专家{id}", "INST-X", [], [], ExpertRegion.InXinjiang, true, 0, [], email);

    private async Task ArrangeAsync()
    {
        await _calls.SaveAsync(Samples.AidCall());
        foreach (var (id, stage) in new[] { ("P-A", ProjectStage.ExpertReview), ("P-B", ProjectStage.ExpertReview), ("P-C", ProjectStage.Publicity) })
        {
            var snapshot = Samples.InStage(stage).ToSnapshot() with { Id = id, Form = Samples.AidForm() with { Title = $"课题{id}" } };
            await _projects.CreateAsync(Project.Rehydrate(snapshot));
        }

        await _experts.SaveAsync([Expert("E-1", "e1@xju.edu.cn"), Expert("E-2", "e2@xju.edu.cn"), Expert("E-3", null)]);
        var call = Samples.AidCall().Id;
        ReviewAssignmentState Assigned(string project, string expert, int hoursLater = 0) =>
            new(call, project, expert, FieldMatch.Field, ReviewAssignmentStatus.Assigned, AssignedAt.AddHours(hoursLater));
        await _reviews.AddAsync(
        [
            Assigned("P-B", "E-1", hoursLater: 1),
            Assigned("P-A", "E-1"),
            Assigned("P-C", "E-1"),                                             // review over: the application is in publicity
            Assigned("P-A", "E-2") with { Status = ReviewAssignmentStatus.Scored },
            Assigned("P-B", "E-2") with { Status = ReviewAssignmentStatus.Declined },
            Assigned("P-A", "E-3"),                                             // no address on file
            Assigned("P-B", "E-GONE"),                                          // not in the database
        ]);
    }

    [Fact]
    public async Task Experts_with_unscored_applications_in_review_are_collected_oldest_assignment_first()
    {
        await ArrangeAsync();

        var reminders = await Reminders(Today).CollectAsync();

        Assert.Equal(["E-1", "E-3", "E-GONE"], reminders.Select(r => r.ExpertId));
        Assert.Equal(["P-A", "P-B"], reminders[0].Open.Select(o => o.ProjectId));
        Assert.Null(reminders[2].Expert);
    }

    [Fact]
    public async Task One_email_per_expert_per_day_and_the_unreachable_are_reported()
    {
        await ArrangeAsync();

        var run = await Reminders(Today).SendAsync();
        var again = await Reminders(Today.AddHours(6)).SendAsync();

        Assert.Equal((new DateOnly(2018, 4, 10), 1), (run.Day, run.Reminded));
        Assert.Equal(["E-3", "E-GONE"], run.WithoutEmail);
        Assert.Equal(1, again.Reminded);
        var mail = Assert.Single(_mail.Sent);
        Assert.Equal(2, _mail.Attempts);
        Assert.Equal(("review-reminder:E-1:2018-04-10", "e1@xju.edu.cn", EmailKind.ReviewReminder, (string?)null), (mail.DeduplicationKey, mail.To, mail.Kind, mail.ProjectId));
        Assert.Equal("【评审提醒】您有2个项目待评分", mail.Subject);
        Assert.Contains(
            "专家E-1专家：\n您有 2 个项目的评审尚未提交评分：\n" +
            "1. 《课题P-A》（编号 P-A，2018年科技援疆计划申报指南，2018-04-02 分配）\n" +
            "2. 《课题P-B》（编号 P-B，2018年科技援疆计划申报指南，2018-04-02 分配）",
            mail.Body, StringComparison.Ordinal);
        Assert.Contains("系统地址：https://portal.xjkjt.example.cn/", mail.Body, StringComparison.Ordinal);

        // The next day is a new reminder.
        await Reminders(Today.AddDays(1)).SendAsync();
        Assert.Equal(["review-reminder:E-1:2018-04-10", "review-reminder:E-1:2018-04-11"], _mail.Sent.Select(m => m.DeduplicationKey).Order());
    }

    [Fact]
    public async Task Nothing_is_sent_once_every_sheet_is_in()
    {
        await ArrangeAsync();
        foreach (var a in (await _reviews.ListByCallAsync(Samples.AidCall().Id)).Where(a => a.Status == ReviewAssignmentStatus.Assigned))
        {
            await _reviews.UpdateAsync(a with { Status = ReviewAssignmentStatus.Scored }, "*");
        }

        var run = await Reminders(Today).SendAsync();

        Assert.Equal((0, 0), (run.Reminded, run.WithoutEmail.Count));
        Assert.Empty(_mail.Sent);
    }

    [Fact]
    public async Task Calls_more_than_a_year_away_are_not_searched()
    {
        await ArrangeAsync();

        Assert.NotEmpty(await Reminders(Today.AddYears(1)).CollectAsync());    // 2019: last year's call still counts
        Assert.Empty(await Reminders(Today.AddYears(2)).CollectAsync());       // 2020: it no longer does
    }
}
