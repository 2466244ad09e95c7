using System.Net;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>A whole lifecycle over real HTTP against LocalHost as its own process, on Azurite, with real durable timers.</summary>
[Collection(AzuriteCollection.Name)]
public class HttpLifecycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Application_goes_from_draft_to_closed_over_http()
    {
        await using var s = await LocalHostScenario.StartAsync(azurite, TimeSpan.FromMilliseconds(100));
        using var applicant = s.Applicant();
        using var officer = s.Officer();

        var id = await s.SubmitApplicationAsync(applicant, "submit-1");
        var retried = (await applicant.PostAsync($"api/applicant/projects/{id}/submit", idempotencyKey: "submit-1")).Ensure(HttpStatusCode.OK);
        Assert.Equal("EligibilityCheck", retried.Json.GetProperty("stage").GetString());
        // A repeat without the key (the key's answer lost, or the first answered 503 before its lifecycle was confirmed)
        // is the same caller's submission with nothing since: answered as done, recorded once.
        var repeated = (await applicant.PostAsync($"api/applicant/projects/{id}/submit")).Ensure(HttpStatusCode.OK);
        Assert.Equal(retried.ETag, repeated.ETag);

        // Files may come early: business time runs at 100 ms a day, so the contract window (30 days) is only 3 s long.
        var signedContract = await EvidenceUploads.UploadAcceptedAsync(applicant, id, EvidenceKind.SignedContract, "任务书（签字盖章）.pdf");
        var acceptanceReport = await EvidenceUploads.UploadAcceptedAsync(applicant, id, EvidenceKind.AcceptanceReport, "验收报告.pdf");
        Assert.NotEqual(signedContract, acceptanceReport);
        (await officer.PostAsync($"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, "材料齐全"))).Ensure(HttpStatusCode.OK);
        (await officer.PostAsync($"api/officer/projects/{id}/funding-decision", new FundingDecisionRequest(true, s.BusinessToday, 750_000m, null))).Ensure(HttpStatusCode.OK);
        var publicity = (await s.Anonymous().GetAsync("api/public/publicity?year=2018")).Ensure(HttpStatusCode.OK);
        var notice = Assert.Single(publicity.Json.EnumerateArray(), n => n.GetProperty("projectId").GetString() == id);
        Assert.Equal("75.00", notice.GetProperty("fiscalWanYuan").GetString());
        Assert.False(notice.TryGetProperty("form", out _));
        Assert.DoesNotContain("example.cn", publicity.Body, StringComparison.Ordinal);

        await WaitForStageAsync(officer, id, "Contract");
        (await applicant.PostAsync($"api/applicant/projects/{id}/contract-signature", idempotencyKey: "sign-1")).Ensure(HttpStatusCode.OK);
        var due = await WaitForStageAsync(officer, id, "AcceptanceDue");

        var targets = due.GetProperty("form").GetProperty("targets").Deserialize<List<IndicatorTarget>>(ApiJson.Options)!;
        var unproven = new AcceptanceReportRequest([.. targets.Select(t => new IndicatorActual(t.IndicatorCode, t.Value, ["E-1"]))]);
        var refused = (await applicant.PostAsync($"api/applicant/projects/{id}/acceptance-report", unproven)).Ensure(HttpStatusCode.UnprocessableEntity);
        Assert.DoesNotContain("evidence.AcceptanceReport", refused.Body, StringComparison.Ordinal);
        Assert.Contains("evidence.FinancialAudit", refused.Body, StringComparison.Ordinal);
        Assert.Contains("actuals[0].evidenceIds", refused.Body, StringComparison.Ordinal);

        // A refusal is not remembered under its Idempotency-Key: the same request with the same key, sent again once the
        // missing file is accepted, is judged again and goes through.
        var report = new AcceptanceReportRequest([.. targets.Select(t => new IndicatorActual(t.IndicatorCode, t.Value, [acceptanceReport]))]);
        var early = (await applicant.PostAsync($"api/applicant/projects/{id}/acceptance-report", report, "accept-1")).Ensure(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("evidence.FinancialAudit", early.Body, StringComparison.Ordinal);
        await EvidenceUploads.UploadAcceptedAsync(applicant, id, EvidenceKind.FinancialAudit, "财务审计报告.pdf");
        (await applicant.PostAsync($"api/applicant/projects/{id}/acceptance-report", report, "accept-1")).Ensure(HttpStatusCode.OK);
        var replayed = (await applicant.PostAsync($"api/applicant/projects/{id}/acceptance-report", report, "accept-1")).Ensure(HttpStatusCode.OK);
        Assert.Equal("AcceptanceReview", replayed.Json.GetProperty("stage").GetString());
        (await officer.PostAsync($"api/officer/projects/{id}/acceptance-decision", new DecisionRequest(true, "全部指标完成"))).Ensure(HttpStatusCode.OK);

        var lifecycle = await Poll(() => officer.GetAsync($"api/ops/projects/{id}/lifecycle"), r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("runtimeStatus").GetString() == "Completed", "lifecycle completes");
        var outcome = JsonDocument.Parse(lifecycle.Json.GetProperty("output").GetString()!).RootElement.EnumerateObject()
            .Single(p => p.Name.Equals("stage", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(ProjectStage.Closed, outcome.ValueKind == JsonValueKind.Number ? (ProjectStage)outcome.GetInt32() : Enum.Parse<ProjectStage>(outcome.GetString()!));
        var audit = (await applicant.GetAsync($"api/projects/{id}/audit")).Ensure(HttpStatusCode.OK).As<List<AuditEntry>>();
        Assert.Equal(
            [ProjectAction.Submit, ProjectAction.PassEligibility, ProjectAction.ProposeForFunding, ProjectAction.EndPublicity, ProjectAction.Approve,
             ProjectAction.SignContract, ProjectAction.OpenAcceptance, ProjectAction.SubmitAcceptanceReport, ProjectAction.PassAcceptance],
            audit.Select(a => a.Action));
        Assert.Equal(Enumerable.Range(1, audit.Count), audit.Select(a => a.Sequence));

        // The satisfaction survey went to the PI after approval (audit 5) and after acceptance (audit 9), once each.
        var surveys = (await officer.GetAsync($"api/ops/outbox?projectId={Uri.EscapeDataString(id)}")).Ensure(HttpStatusCode.OK).Json.EnumerateArray()
            .Select(m => m.GetProperty("message")).Where(m => KindOf(m.GetProperty("kind")) == EmailKind.Survey)
            .Select(m => (m.GetProperty("deduplicationKey").GetString(), m.GetProperty("to").GetString())).Order().ToList();
        Assert.Equal([($"{id}:audit:5:survey:Applicant", "zhang.wei@example.cn"), ($"{id}:audit:9:survey:Applicant", "zhang.wei@example.cn")], surveys);
    }

    // The ops routes write enums as numbers (ASP.NET Core's default JSON), the API by name: accept either.
    private static EmailKind KindOf(JsonElement kind) => kind.ValueKind == JsonValueKind.Number ? (EmailKind)kind.GetInt32() : Enum.Parse<EmailKind>(kind.GetString()!);

    internal static async Task<JsonElement> WaitForStageAsync(ApiClient officer, string id, string stage)
    {
        var r = await Poll(() => officer.GetAsync($"api/projects/{id}"), r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("stage").GetString() == stage, $"{id} reaches {stage}");
        return r.Json;
    }

    internal static async Task<ApiResponse> Poll(Func<Task<ApiResponse>> read, Func<ApiResponse, bool> done, string what, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        ApiResponse last;
        do
        {
            last = await read();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Not reached in {seconds} s: {what}. Last answer {(int)last.Status}: {last.Body[..Math.Min(400, last.Body.Length)]}");
    }
}
