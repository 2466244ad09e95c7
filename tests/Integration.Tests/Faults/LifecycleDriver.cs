using System.Net;
using System.Text;
using XjKeji.App.Http;
using XjKeji.App.Http.Handlers;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Integration.Tests.Http;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// Takes one project through its lifecycle over HTTP the way its applicant, an officer and the public would, against a
/// host that is killed at random. It never assumes a step happened: after anything but a clear answer it reads the
/// project again and acts on the stage it finds, retrying with the same Idempotency-Key while the stage is unchanged.
/// </summary>
internal sealed class LifecycleDriver(FaultHost host, FaultCalls calls, FaultSettings settings, int round, int index, FaultPath path) : IDisposable
{
    private readonly ApiClient _applicant = host.Applicant($"pi-{round}-{index}", $"FT-{round}-{index:D4}");
    private readonly ApiClient _officer = host.Officer();
    private readonly ApiClient _public = host.Public();
    private readonly Dictionary<EvidenceKind, string> _blobs = [];

    public FaultPath Path => path;

    public string? ProjectId { get; private set; }

    public ProjectStage? FinalStage { get; private set; }

    /// <summary>Wall time from the driver's start until it saw the project in a terminal stage.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>What the driver did or waited for last, for the failure message of a stuck lifecycle.</summary>
    public string LastNote { get; private set; } = "not started";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await CreateAndSubmitAsync(cancellationToken);
        await UploadEvidenceAsync(cancellationToken);
        while (true)
        {
            var view = await ReadAsync(cancellationToken);
            if (LifecycleRules.TerminalStages.Contains(view.Stage))
            {
                FinalStage = view.Stage;
                Duration = clock.Elapsed;
                LastNote = $"finished in {view.Stage}";
                return;
            }

            if (await ActAsync(view, cancellationToken) != StepResult.Done)
            {
                await Task.Delay(settings.PollInterval + TimeSpan.FromMilliseconds(Random.Shared.Next(100)), cancellationToken);
            }
        }
    }

    private async Task CreateAndSubmitAsync(CancellationToken cancellationToken)
    {
        var (starts, ends) = FaultPaths.Execution(path, host.BusinessToday);
        var form = Samples.AidForm() with
        {
            Title = $"南疆节水灌溉技术示范（第{round}轮第{index}项）",
            PrincipalInvestigator = new($"pi-{round}-{index}", "张伟", $"pi{round}x{index}@example.cn"),
            Institution = new($"FT-{round}-{index:D4}", "新疆农业科学院"),
            ExecutionStartsOn = starts,
            ExecutionEndsOn = ends,
        };
        while (ProjectId is null)
        {
            var (result, r) = await Step("create", () => _applicant.PostAsync("api/applicant/projects", new CreateDraftRequest(FaultHost.Call.Id, form), $"create-{round}-{index}"), cancellationToken);
            if (result == StepResult.Done)
            {
                ProjectId = r!.Json.GetProperty("id").GetString();
            }
            else if (r?.Status == HttpStatusCode.UnprocessableEntity)
            {
                throw new InvalidOperationException($"The fault test's own form is invalid: {r.Body}");
            }
        }

        while (true)
        {
            var (result, r) = await Step("submit", () => _applicant.PostAsync($"api/applicant/projects/{ProjectId}/submit", idempotencyKey: $"submit-{ProjectId}"), cancellationToken);
            if (result == StepResult.Done || (result == StepResult.Moved && (await ReadAsync(cancellationToken)).Stage != ProjectStage.Draft))
            {
                return;
            }

            if (r?.Status == HttpStatusCode.UnprocessableEntity)
            {
                throw new InvalidOperationException($"Submission refused: {r.Body}");
            }
        }
    }

    /// <summary>Files go up right after submission, as a careful applicant does, so no window is lost to processing.</summary>
    private async Task UploadEvidenceAsync(CancellationToken cancellationToken)
    {
        List<(EvidenceKind Kind, string Name)> files = [];
        if (FaultPaths.SignsContract(path))
        {
            files.Add((EvidenceKind.SignedContract, "任务书（签字盖章）.pdf"));
        }

        if (path == FaultPath.MidTermThenClosed)
        {
            files.Add((EvidenceKind.MidTermReport, "中期报告.pdf"));
        }

        if (FaultPaths.ReportsAcceptance(path))
        {
            files.Add((EvidenceKind.AcceptanceReport, "验收报告.pdf"));
            files.Add((EvidenceKind.FinancialAudit, "财务审计报告.pdf"));
        }

        foreach (var (kind, name) in files)
        {
            var pdf = Encoding.UTF8.GetBytes($"%PDF-1.7\n% {ProjectId} {kind}\n{new string('x', 1500)}\n%%EOF");
            while (!_blobs.ContainsKey(kind))
            {
                var (result, slot) = await Step($"slot {kind}", () => _applicant.PostAsync($"api/applicant/projects/{ProjectId}/evidence-slots", new EvidenceSlotRequest(kind, name, pdf.Length), $"slot-{ProjectId}-{kind}"), cancellationToken);
                if (result != StepResult.Done)
                {
                    continue;
                }

                await PutAsync(slot!.Json.GetProperty("uploadUri").GetString()!, pdf, cancellationToken);
                _blobs[kind] = slot.Json.GetProperty("blobName").GetString()!;
            }
        }
    }

    /// <summary>PUTs the file straight to Blob storage (not through the host), retrying only when storage gave no answer.</summary>
    private static async Task PutAsync(string uploadUri, byte[] content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, uploadUri) { Content = new ByteArrayContent(content) };
            put.Headers.Add("x-ms-blob-type", "BlockBlob");
            try
            {
                using var response = await EvidenceUploads.Blob.SendAsync(put, cancellationToken);
                // After a lost answer the blob may be there already; the create-only link refuses to overwrite it.
                Assert.True(response.StatusCode == HttpStatusCode.Created || (attempt > 1 && response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Forbidden),
                    $"upload: {(int)response.StatusCode}");
                return;
            }
            catch (Exception e) when (FaultCalls.IsTransportFailure(e) && attempt < 10)
            {
                await Task.Delay(FaultCalls.Backoff(), cancellationToken);
            }
        }
    }

    /// <summary>Takes the step this path takes in the project's stage; not Done when there is nothing to do yet.</summary>
    private async Task<StepResult> ActAsync(ProjectView view, CancellationToken cancellationToken)
    {
        var id = view.Id;
        var key = $"{id}-{view.AuditSequence}";
        return view.Stage switch
        {
            ProjectStage.EligibilityCheck => path switch
            {
                FaultPath.RejectedAtEligibility => await Officer("eligibility reject", $"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Reject, "不符合申报条件"), key),
                FaultPath.CorrectionMissed or FaultPath.CorrectedThenDeclined when view.AuditSequence == 1 =>
                    await Officer("eligibility return", $"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Return, "请补充合作协议"), key),
                _ => await Officer("eligibility pass", $"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, "材料齐全"), key),
            },
            ProjectStage.ReturnedForCorrection => path == FaultPath.CorrectionMissed
                ? Wait("for the correction window to close")
                : await Applicant("resubmit", $"api/applicant/projects/{id}/resubmit", null, key),
            ProjectStage.ExpertReview => path switch
            {
                FaultPath.CorrectedThenDeclined => await Officer("decline", $"api/officer/projects/{id}/funding-decision", new FundingDecisionRequest(false, null, null, "评审排名靠后"), key),
                FaultPath.Withdrawn => await Applicant("withdraw", $"api/applicant/projects/{id}/withdrawal", new ReasonRequest("单位承担能力调整"), key),
                _ => await FundAsync(id, key),
            },
            ProjectStage.Publicity when path == FaultPath.ObjectionUpheld => await ObjectAsync(view, key),
            ProjectStage.Contract when FaultPaths.SignsContract(path) => await Applicant("sign", $"api/applicant/projects/{id}/contract-signature", null, key),
            ProjectStage.Execution when path == FaultPath.TerminatedForCause =>
                await Officer("terminate", $"api/officer/projects/{id}/termination", new TerminationRequest(TerminationCause.ForCause, "弄虚作假，套取财政资金"), key),
            ProjectStage.Execution when path == FaultPath.MidTermThenClosed && await MidTermPassedAsync(id, cancellationToken) =>
                await Applicant("early acceptance report", $"api/applicant/projects/{id}/acceptance-report", Report(view), key),
            ProjectStage.MidTermInspection => await Applicant("mid-term report", $"api/applicant/projects/{id}/mid-term-report", new MidTermReportRequest("项目按计划推进，完成年度任务"), key),
            ProjectStage.MidTermReview => await Officer("mid-term pass", $"api/officer/projects/{id}/mid-term-decision", new DecisionRequest(true, "进展正常"), key),
            ProjectStage.AcceptanceDue when path == FaultPath.AcceptanceMissed => await EscalatedAsync(id, cancellationToken)
                ? await Officer("fail missed acceptance", $"api/officer/projects/{id}/acceptance-decision", new DecisionRequest(false, "逾期未提交验收材料"), key)
                : Wait("for the acceptance grace to end"),
            ProjectStage.AcceptanceDue when path == FaultPath.TerminatedForCause =>
                await Officer("terminate", $"api/officer/projects/{id}/termination", new TerminationRequest(TerminationCause.ForCause, "弄虚作假，套取财政资金"), key),
            ProjectStage.AcceptanceDue when FaultPaths.ReportsAcceptance(path) => await Applicant("acceptance report", $"api/applicant/projects/{id}/acceptance-report", Report(view), key),
            ProjectStage.AcceptanceReview => path == FaultPath.AcceptanceFailedOnReview
                ? await Officer("acceptance fail", $"api/officer/projects/{id}/acceptance-decision", new DecisionRequest(false, "未达到考核指标"), key)
                : await Officer("acceptance pass", $"api/officer/projects/{id}/acceptance-decision", new DecisionRequest(true, "全部指标完成"), key),
            _ => Wait($"for the workflow in {view.Stage}"),
        };
    }

    /// <summary>
    /// Publishes for funding: today, or for the objection path three weeks on, so the public has a window of business
    /// weeks (wall seconds) to object even if the host is down for part of it. The date is part of the request, so a
    /// retry on another day is another request with another key.
    /// </summary>
    private Task<StepResult> FundAsync(string id, string key)
    {
        var publishedOn = host.BusinessToday.AddDays(path == FaultPath.ObjectionUpheld ? 21 : 0);
        return Officer("fund", $"api/officer/projects/{id}/funding-decision", new FundingDecisionRequest(true, publishedOn, null, null), $"{key}-{publishedOn:yyyyMMdd}");
    }

    private async Task<StepResult> ObjectAsync(ProjectView view, string key)
    {
        var open = view.Objections?.FirstOrDefault(o => o.Status == ObjectionStatus.Open);
        if (open is not null)
        {
            return await Officer("uphold objection", $"api/officer/projects/{view.Id}/objections/{open.Id}/resolution", new ObjectionResolutionRequest(true, "经核实，异议成立"), key);
        }

        return view.Objections is { Count: > 0 }
            ? Wait("for publicity to end")
            : await Act("object", () => _public.PostAsync($"api/public/projects/{view.Id}/objections", new ObjectionRequest("李明", "13800000000", "合作单位信息与实际不符"), $"object-{key}"));
    }

    private AcceptanceReportRequest Report(ProjectView view) =>
        new([.. view.Form.Targets.Select(t => new IndicatorActual(t.IndicatorCode, t.Value, [_blobs[EvidenceKind.AcceptanceReport]]))]);

    private async Task<bool> MidTermPassedAsync(string id, CancellationToken cancellationToken) =>
        (await calls.ReadAsync($"audit {id}", () => _officer.GetAsync($"api/projects/{id}/audit"), cancellationToken))?
            .As<List<AuditEntry>>().Any(a => a.Action == ProjectAction.PassMidTermInspection) == true;

    /// <summary>True once the workflow escalated the missed acceptance report to the officer.</summary>
    private async Task<bool> EscalatedAsync(string id, CancellationToken cancellationToken) =>
        (await calls.ReadAsync($"outbox {id}", () => _officer.GetAsync($"api/officer/outbox?projectId={Uri.EscapeDataString(id)}"), cancellationToken))?
            .As<List<SentEmail>>().Any(m => m.Message.Kind == EmailKind.Escalation && m.Message.DeduplicationKey.Contains($":{ProjectStage.AcceptanceDue}:", StringComparison.Ordinal)) == true;

    private Task<StepResult> Officer(string what, string route, object? body, string key) => Act(what, () => _officer.PostAsync(route, body, $"{what.Replace(' ', '-')}-{key}"));

    private Task<StepResult> Applicant(string what, string route, object? body, string key) => Act(what, () => _applicant.PostAsync(route, body, $"{what.Replace(' ', '-')}-{key}"));

    private async Task<StepResult> Act(string what, Func<Task<ApiResponse>> send)
    {
        var (result, r) = await calls.StepAsync($"{ProjectId} {what}", send);
        LastNote = $"{what}: {result} {(r is null ? "(no answer)" : $"{(int)r.Status} {r.Body[..Math.Min(200, r.Body.Length)]}")}";
        return result == StepResult.Moved ? StepResult.Done : result;
    }

    private async Task<(StepResult, ApiResponse?)> Step(string what, Func<Task<ApiResponse>> send, CancellationToken cancellationToken)
    {
        var (result, r) = await calls.StepAsync($"{ProjectId ?? $"{round}/{index}"} {what}", send);
        LastNote = $"{what}: {result} {(r is null ? "(no answer)" : $"{(int)r.Status}")}";
        if (result == StepResult.Later)
        {
            await Task.Delay(FaultCalls.Backoff(), cancellationToken);
        }

        return (result, r);
    }

    private StepResult Wait(string what)
    {
        LastNote = $"waiting {what}";
        return StepResult.Later;
    }

    private async Task<ProjectView> ReadAsync(CancellationToken cancellationToken)
    {
        var r = await calls.ReadAsync($"read {ProjectId}", () => _officer.GetAsync($"api/projects/{ProjectId}"), cancellationToken)
            ?? throw new InvalidOperationException($"Project {ProjectId} cannot be read: see the unexpected answers.");
        return r.As<ProjectView>();
    }

    public void Dispose()
    {
        _applicant.Dispose();
        _officer.Dispose();
        _public.Dispose();
    }
}
