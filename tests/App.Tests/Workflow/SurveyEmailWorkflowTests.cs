using Microsoft.DurableTask.Client;
using XjKeji.App.Notifications;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Workflow;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Workflow;

/// <summary>The satisfaction survey goes out from the lifecycle's sync, once, even when the activity fails after sending and is retried.</summary>
public class SurveyEmailWorkflowTests
{
    [Fact]
    public async Task A_declined_application_gets_one_survey_email_although_the_sync_crashed_after_sending_it()
    {
        CrashAfterSendEmailSender? crashing = null;
        await using var t = await LifecycleTestHost.StartAsync(inner => crashing = new CrashAfterSendEmailSender(inner, m => m.Kind == EmailKind.Survey));
        var id = await t.SubmitAsync("P-SURVEY-1");
        await t.ActAsync(id, (p, at) => p.PassEligibility(Samples.Officer, at));
        await t.ActAsync(id, (p, at) => p.DeclineFunding(Samples.Officer, at, "评审得分未进入资助范围"));

        var instance = await Eventually.UntilAsync(() => t.Host.Client.GetInstanceAsync(id, getInputsAndOutputs: true),
            i => i?.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed, TimeSpan.FromSeconds(60), "lifecycle ends");

        // The activity failed once after the outbox write and was retried by the workflow; the lifecycle still ended well.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(ProjectStage.Rejected, instance.ReadOutputAs<LifecycleOutcome>()!.Stage);
        var key = SurveyEmails.DeduplicationKey(id, 3, RespondentKind.Applicant);
        Assert.True(crashing!.Attempts[key] >= 2, $"the survey was attempted {crashing.Attempts[key]} time(s); a retry was expected");
        var survey = Assert.Single(t.Emails.Sent, m => m.Kind == EmailKind.Survey);
        Assert.Equal((key, "zhang.wei@example.cn", id), (survey.DeduplicationKey, survey.To, survey.ProjectId));
        Assert.EndsWith("经专家评审未获资助", survey.Subject, StringComparison.Ordinal);
    }
}
