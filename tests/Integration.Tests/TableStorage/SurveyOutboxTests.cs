using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Notifications;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>The lifecycle's sync writes the survey emails of a decision to the Table outbox once, across a crash and its retry.</summary>
[Collection(AzuriteCollection.Name)]
public class SurveyOutboxTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_declined_SCO_application_has_one_survey_per_respondent_in_the_outbox_after_a_crashed_and_retried_sync()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var projects = ctx.Projects;
        var outbox = new TableOutbox(ctx.Service, ctx.Names, TimeProvider.System);
        var credit = new TableCreditEventLog(ctx.Service, ctx.Names);
        var id = await DeclinedScoApplicationAsync(projects);
        var options = new WorkflowOptions { OfficerEmail = "jhc@xjkjt.example.cn" };

        // First run: the applicant's survey reaches the outbox, then the worker dies before the site's is written.
        var crashing = new SyncProjectActivity(projects, new ProjectSync(projects, credit, new DiesAfterFirstSend(outbox), options));
        await Assert.ThrowsAsync<IOException>(() => crashing.RunAsync(Mock.Of<TaskActivityContext>(), id));
        Assert.Single(await outbox.ListAsync(id));

        // The retry, and a later sync of the same project, as the lifecycle runs it.
        var sync = new SyncProjectActivity(projects, new ProjectSync(projects, credit, outbox, options));
        Assert.True((await sync.RunAsync(Mock.Of<TaskActivityContext>(), id)).IsTerminal);
        await sync.RunAsync(Mock.Of<TaskActivityContext>(), id);

        var mails = await outbox.ListAsync(id);
        Assert.Equal(
            [(SurveyEmails.DeduplicationKey(id, 3, RespondentKind.Applicant), "zhang.wei@example.cn"), (SurveyEmails.DeduplicationKey(id, 3, RespondentKind.ProjectSite), "jhc@xjkjt.example.cn")],
            mails.Select(m => (m.Message.DeduplicationKey, m.Message.To)).Order());
        Assert.All(mails, m => Assert.Equal((EmailKind.Survey, "【满意度调查】项目《中哈跨境动物疫病联合防控技术合作》经专家评审未获资助"), (m.Message.Kind, m.Message.Subject)));
    }

    private static async Task<string> DeclinedScoApplicationAsync(TableProjectRepository projects)
    {
        var id = "P-SCO-调查-" + Guid.NewGuid().ToString("N")[..6];
        var at = Samples.InCallWindow;
        var project = Project.CreateDraft(id, Samples.ScoCall(), Samples.ScoForm(), Samples.Applicant, at);
        await projects.CreateAsync(project);
        project = (await projects.FindAsync(id))!.Project;
        project.Submit(Samples.Applicant, at.AddHours(1), Samples.ScoCall());
        project.PassEligibility(Samples.Officer, at.AddDays(3));
        project.DeclineFunding(Samples.Officer, at.AddDays(30), "评审得分未进入资助范围");
        await projects.SaveAsync(project, (await projects.FindAsync(id))!.ETag);
        Assert.Equal(
            [ProjectAction.Submit, ProjectAction.PassEligibility, ProjectAction.DeclineFunding],
            (await projects.GetAuditTrailAsync(id)).Select(a => a.Action));
        return id;
    }

    /// <summary>Writes the first email through, then fails every later send, as a worker killed mid-activity would.</summary>
    private sealed class DiesAfterFirstSend(IEmailSender inner) : IEmailSender
    {
        private int _sends;

        public async Task<EmailSendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _sends) > 1)
            {
                throw new IOException("worker lost");
            }

            return await inner.SendAsync(message, cancellationToken);
        }
    }
}
