using XjKeji.App.Digest;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Digest;

public class OfficerDigestTests
{
    private static OfficerDigest Digest(InMemoryProjectRepository repo, RecordingEmailSender mail, DateTimeOffset now) =>
        new(repo, mail, new DeadlinePolicy(Regulations.Defaults, ChinaWorkingDayCalendar.Default), ChinaWorkingDayCalendar.Default,
            new ScaledBusinessClock(new ClockOptions { WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = now, Scale = 1e-9 }, TimeProvider.System),
            new WorkflowOptions { OfficerEmail = "jhc@example.cn" });

    private static async Task<InMemoryProjectRepository> RepoWithAsync(params (string Id, ProjectStage Stage)[] projects)
    {
        var repo = new InMemoryProjectRepository();
        foreach (var (id, stage) in projects)
        {
            var snapshot = Samples.InStage(stage).ToSnapshot() with { Id = id };
            await repo.CreateAsync(Project.Rehydrate(snapshot));
        }

        return repo;
    }

    [Fact]
    public async Task Lists_overdue_and_soon_due_deadlines_and_mails_once_a_day()
    {
        // Sample contract: approved 2018-05-20, due 2018-06-19. On 2018-06-14 it is due within 5 working days.
        var repo = await RepoWithAsync(("P-A", ProjectStage.Contract), ("P-B", ProjectStage.ExpertReview), ("P-C", ProjectStage.Closed));
        var mail = new RecordingEmailSender();
        var digest = Digest(repo, mail, new DateTimeOffset(2018, 6, 14, 9, 0, 0, TimeSpan.FromHours(8)));

        var rows = await digest.CollectAsync();
        var row = Assert.Single(rows);
        Assert.Equal(("P-A", false, DeadlineStep.ContractSignature), (row.Summary.ProjectId, row.Overdue, row.Deadline.Step));

        Assert.Equal(1, await digest.SendAsync());
        Assert.Equal(1, await digest.SendAsync());
        var sent = Assert.Single(mail.Sent);
        Assert.Equal((EmailKind.OfficerDigest, "jhc@example.cn"), (sent.Kind, sent.To));
        Assert.Contains("【将到期】《南疆设施农业节水灌溉技术示范与推广》（P-A", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_rows_come_first_and_nothing_is_sent_on_a_quiet_day()
    {
        var repo = await RepoWithAsync(("P-A", ProjectStage.Contract));
        var late = Digest(repo, new RecordingEmailSender(), new DateTimeOffset(2018, 6, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.True(Assert.Single(await late.CollectAsync()).Overdue);

        var quietMail = new RecordingEmailSender();
        var quiet = Digest(repo, quietMail, new DateTimeOffset(2018, 5, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(0, await quiet.SendAsync());
        Assert.Empty(quietMail.Sent);
    }
}
