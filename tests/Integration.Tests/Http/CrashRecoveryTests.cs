using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using XjKeji.App.Http;
using XjKeji.Domain.Credit;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// kill -9 of LocalHost while 20 lifecycles wait on durable timers, then a restart: every lifecycle finishes where the
/// rules say (contract never signed → terminated), with gapless audit trails, each email sent once and each credit
/// event recorded once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class CrashRecoveryTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Lifecycles = 20;

    [Fact]
    public async Task Twenty_lifecycles_survive_a_hard_kill_while_waiting_on_timers()
    {
        await using var s = await LocalHostScenario.StartAsync(azurite, TimeSpan.FromMilliseconds(300));
        using var officer = s.Officer();
        var started = Stopwatch.StartNew();
        var ids = new List<string>();
        for (var i = 0; i < Lifecycles; i++)
        {
            // Each lifecycle has its own PI and institution: on a slow machine the first contracts lapse (a credit
            // deduction to their PI and institution) before the last application is in, which would block a shared PI.
            var institution = new Institution($"91650000-CRASH-{i:D2}", $"新疆农业科学院第{i + 1}研究所");
            var form = Samples.AidForm() with { PrincipalInvestigator = new PrincipalInvestigator($"pi-crash-{i}", "张伟", "zhang.wei@example.cn"), Institution = institution };
            using var applicant = s.Applicant(institution.Id);
            var id = await s.SubmitApplicationAsync(applicant, $"crash-{i}", form);
            (await officer.PostAsync($"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, null))).Ensure(HttpStatusCode.OK);
            (await officer.PostAsync($"api/officer/projects/{id}/funding-decision", new FundingDecisionRequest(true, s.BusinessToday, null, null))).Ensure(HttpStatusCode.OK);
            ids.Add(id);
        }

        // Kill while the lifecycles sit in publicity or the contract window (about 7 and 37 business days in).
        await HttpLifecycleTests.WaitForStageAsync(officer, ids[^1], "Contract");
        var killedAt = started.Elapsed;
        await s.Host.KillAsync();
        await s.Host.StartAsync();
        output.WriteLine($"killed at {killedAt.TotalSeconds:F1} s, restarted at {started.Elapsed.TotalSeconds:F1} s");

        try
        {
            await HttpLifecycleTests.WaitForStageAsync(officer, ids[0], "Terminated");
        }
        catch (TimeoutException)
        {
            output.WriteLine((await officer.GetAsync($"api/ops/projects/{ids[0]}/lifecycle")).Body);
            output.WriteLine(s.Host.Output);
            throw;
        }

        foreach (var id in ids)
        {
            await HttpLifecycleTests.WaitForStageAsync(officer, id, "Terminated");
            await HttpLifecycleTests.Poll(() => officer.GetAsync($"api/ops/projects/{id}/lifecycle"), r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("runtimeStatus").GetString() == "Completed", $"lifecycle {id} completes");
        }

        var elapsed = started.Elapsed;
        output.WriteLine($"{Lifecycles} lifecycles finished in {elapsed.TotalSeconds:F1} s ({Lifecycles / elapsed.TotalMinutes:F1} per minute) across a kill -9");

        var service = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(s.TablePrefix);
        var repo = new TableProjectRepository(service, names);
        var outbox = new TableOutbox(service, names, TimeProvider.System);
        var credit = new TableCreditEventLog(service, names);
        foreach (var id in ids)
        {
            var trail = await repo.GetAuditTrailAsync(id);
            Assert.Equal(
                [ProjectAction.Submit, ProjectAction.PassEligibility, ProjectAction.ProposeForFunding, ProjectAction.EndPublicity, ProjectAction.Approve, ProjectAction.Terminate],
                trail.Select(a => a.Action));
            Assert.Equal(Enumerable.Range(1, trail.Count), trail.Select(a => a.Sequence));
            var project = (await repo.FindAsync(id))!.Project;
            Assert.Equal((ProjectStage.Terminated, TerminationCause.ContractNotSigned, 6), (project.Stage, project.TerminationCause, project.AuditSequence));

            var mails = await outbox.ListAsync(id);
            Assert.Equal(3, mails.Count(m => m.Message.Kind == EmailKind.DeadlineReminder));
            Assert.Equal(1, mails.Count(m => m.Message.Kind == EmailKind.OverdueNotice));
            Assert.Equal(1, mails.Count(m => m.Message.Kind == EmailKind.Escalation));
            Assert.Equal(1, mails.Count(m => m.Message.Kind == EmailKind.Survey && m.Message.DeduplicationKey == $"{id}:audit:5:survey:Applicant"));
            Assert.Equal(6, mails.Count);

            var events = await credit.ListAsync(CreditSubjectKind.Person, project.Form.PrincipalInvestigator.Id);
            Assert.Equal(1, events.Count(e => e.ProjectId == id && e.Kind == CreditEventKind.ContractNotSigned));
        }

        var listed = await repo.ListByProgramYearAsync(2018, Domain.Programs.ProgramCode.AidXinjiang, ProjectStage.Terminated);
        Assert.Equal(ids.Order(), listed.Select(p => p.ProjectId).Order());
    }
}
