using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.App.Http.Handlers;
using XjKeji.App.Http.Identity;
using XjKeji.App.Projects.Import;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Review;
using XjKeji.Simulator.Planning;
using XjKeji.Simulator.Spec;

namespace XjKeji.Simulator.Driving;

/// <summary>
/// Drives a planned year through the real HTTP API of a running host, as its people would: officers publish calls and
/// import carried-over projects, applicants file and upload evidence, experts score, the officer proposes funding and
/// settles objections, the workflow's timers end publicity, approve, open acceptance and record missed deadlines;
/// applicants sign, answer the survey and report; the officer accepts. Then the officer's year-end inputs go in and
/// the report comes out.
/// </summary>
public sealed class YearDriver(Uri baseAddress, DevTokens tokens, ProgramYearSpec spec, YearPlan plan, ProgressBar progress)
{
    private static readonly Actor Officer = new(Role.Officer, "sim-officer", "模拟计划处");
    private static readonly EvidenceKind[] FundedEvidence = [EvidenceKind.SignedContract, EvidenceKind.AcceptanceReport, EvidenceKind.FinancialAudit];
    // Ten minutes: the year-end report over a full year is one long request on a busy machine.
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(spec.Parallelism, 2) }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
    private readonly HttpClient _blob = new() { Timeout = TimeSpan.FromSeconds(100) };
    private readonly ConcurrentDictionary<string, string> _ids = new();
    private readonly ConcurrentDictionary<string, string> _acceptanceBlob = new();

    /// <summary>Wall time allowed for any one wait on the workflow: generous, since timers run on compressed business days.</summary>
    public TimeSpan WaitLimit { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Runs the year and returns the report as the API serves it in JSON, plus the other formats.</summary>
    public async Task<SimulatedReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var officer = Client(Officer);
        foreach (var call in plan.Calls)
        {
            await officer.SendAsync(HttpMethod.Put, $"api/officer/calls/{Uri.EscapeDataString(call.Id)}", call, cancellationToken: cancellationToken);
        }

        if (plan.CarriedOverCsv is { } csv)
        {
            progress.Phase("导入结转项目 / importing carried-over projects", 1);
            var imported = await officer.SendAsync(HttpMethod.Post, "api/officer/projects/import",
                new CarriedOverImportRequest(Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)), $"carried-over-{spec.ProgramYear}.csv"), cancellationToken: cancellationToken);
            progress.Step();
            progress.Say($"carried over: {imported.GetProperty("imported").GetInt32()} imported, {imported.GetProperty("alreadyImported").GetInt32()} already present");
        }

        await EachAsync("申报与形式审查 / filing and eligibility", plan.Applications, FileAsync, cancellationToken);
        await ReviewAsync(officer, cancellationToken);
        await ProposeAsync(officer, cancellationToken);
        await EachAsync("公示异议 / objections", [.. plan.Applications.Where(a => a.Objection != ObjectionOutcome.None)], ObjectAsync, cancellationToken);
        await EachAsync("立项、签约与满意度 / approval, contract, survey", [.. plan.Applications.Where(a => a.Funded)], ContractAsync, cancellationToken, Waiting);
        await EachAsync("执行与验收 / execution and acceptance", [.. plan.Applications.Where(a => a.Approved)], AcceptAsync, cancellationToken, Waiting);

        await officer.SendAsync(HttpMethod.Put, $"api/officer/reports/{spec.ProgramYear}/inputs", spec.YearEndInputs, cancellationToken: cancellationToken);
        var path = $"api/officer/reports/self-evaluation?year={spec.ProgramYear}";
        var json = await officer.SendAsync(HttpMethod.Get, path, cancellationToken: cancellationToken);
        return new SimulatedReport(json, await officer.GetBytesAsync(path + "&format=xlsx", cancellationToken), await officer.GetBytesAsync(path + "&format=csv", cancellationToken),
            await officer.GetBytesAsync(path + "&format=png", cancellationToken), new Dictionary<string, string>(_ids));
    }

    /// <summary>The project id the API gave a planned application.</summary>
    public string IdOf(PlannedApplication application) => _ids[(application ?? throw new ArgumentNullException(nameof(application))).Key];

    private SimClient Client(Actor actor) => new(_http, tokens.Issue(actor, DateTimeOffset.UtcNow.AddDays(2)));

    // Phases that mostly wait on durable timers run every project at once (each polls about once a second), so a late
    // project's months of waiting never hold up the others.
    private int Waiting => Math.Max(spec.Parallelism, plan.Applications.Count);

    private async Task EachAsync(string phase, IReadOnlyList<PlannedApplication> items, Func<PlannedApplication, CancellationToken, Task> step, CancellationToken cancellationToken, int? parallelism = null)
    {
        progress.Phase(phase, items.Count);
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? spec.Parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            await step(item, ct);
            progress.Step();
        });
    }

    private async Task FileAsync(PlannedApplication a, CancellationToken ct)
    {
        var applicant = Client(a.Applicant);
        var created = await applicant.SendAsync(HttpMethod.Post, "api/applicant/projects", new CreateDraftRequest(a.Call.Id, a.Form), HttpStatusCode.Created, cancellationToken: ct);
        var id = created.GetProperty("id").GetString()!;
        _ids[a.Key] = id;
        await applicant.SendAsync(HttpMethod.Post, $"api/applicant/projects/{id}/submit", idempotencyKey: $"sim-submit-{a.Key}", cancellationToken: ct);
        await Client(Officer).SendAsync(HttpMethod.Post, $"api/officer/projects/{id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, "材料齐全"), cancellationToken: ct);
        if (a.Funded)
        {
            // The files a funded project needs later go up now, so no step waits on processing under compressed time.
            foreach (var kind in FundedEvidence)
            {
                var blob = await UploadAsync(applicant, id, kind, ct);
                if (kind == EvidenceKind.AcceptanceReport)
                {
                    _acceptanceBlob[a.Key] = blob;
                }
            }
        }
    }

    private async Task<string> UploadAsync(SimClient applicant, string id, EvidenceKind kind, CancellationToken ct)
    {
        var content = Encoding.UTF8.GetBytes($"%PDF-1.7\n% {id} {kind} {Guid.NewGuid():N}\n{new string('x', 2000)}\n%%EOF");
        var slot = await applicant.SendAsync(HttpMethod.Post, $"api/applicant/projects/{id}/evidence-slots", new EvidenceSlotRequest(kind, $"{kind}-{id}.pdf", content.Length), HttpStatusCode.Created, cancellationToken: ct);
        using var put = new HttpRequestMessage(HttpMethod.Put, slot.GetProperty("uploadUri").GetString()) { Content = new ByteArrayContent(content) };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await _blob.SendAsync(put, ct);
        return response.StatusCode == HttpStatusCode.Created
            ? slot.GetProperty("blobName").GetString()!
            : throw new SimulationException($"Uploading {kind} of {id} to Blob storage answered {(int)response.StatusCode}");
    }

    private async Task ReviewAsync(SimClient officer, CancellationToken ct)
    {
        // Enough experts for panels of five at about fifteen applications each, in every field, none at an applicant's institution.
        var expertCount = Math.Max(12, (plan.Applications.Count * 5 / 15) + 1);
        var csv = new StringBuilder("编号,姓名,单位,领域,地区,可用\n");
        for (var e = 1; e <= expertCount; e++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"SIM-EX-{e:D3},专家{e},SIM-EXPERT-INST-{e},{ExpertFieldNames.AllChinese},{(e % 2 == 0 ? "区内" : "区外")},是\n");
        }

        await officer.SendAsync(HttpMethod.Post, "api/officer/experts/import", new ExpertImportRequest(Convert.ToBase64String(Encoding.UTF8.GetBytes(csv.ToString()))), cancellationToken: ct);
        foreach (var call in plan.Calls)
        {
            var run = await officer.SendAsync(HttpMethod.Post, $"api/officer/calls/{call.Id}/review-assignments", cancellationToken: ct);
            if (run.GetProperty("shortfalls").GetArrayLength() > 0)
            {
                throw new SimulationException($"Review panels of {call.Id} fell short: {run.GetProperty("shortfalls")}");
            }
        }

        var byId = plan.Applications.ToDictionary(IdOf);
        progress.Phase("专家评审 / expert review", expertCount);
        await Parallel.ForEachAsync(Enumerable.Range(1, expertCount), new ParallelOptions { MaxDegreeOfParallelism = spec.Parallelism, CancellationToken = ct }, async (e, token) =>
        {
            var expert = Client(new Actor(Role.Expert, $"SIM-EX-{e:D3}", $"专家{e}"));
            var mine = await expert.SendAsync(HttpMethod.Get, "api/expert/assignments", cancellationToken: token);
            foreach (var assignment in mine.EnumerateArray().Where(x => x.GetProperty("status").GetString() == "Assigned"))
            {
                var projectId = assignment.GetProperty("projectId").GetString()!;
                var points = byId[projectId].Funded ? 85m : 40m;
                var sheet = new ScoreSheetRequest(ReviewCriteria.Default.Criteria.ToDictionary(c => c.Code, _ => points), "模拟评审意见");
                await expert.SendAsync(HttpMethod.Post, $"api/expert/assignments/{projectId}/scores", sheet, cancellationToken: token);
            }

            progress.Step();
        });
    }

    private async Task ProposeAsync(SimClient officer, CancellationToken ct)
    {
        foreach (var call in plan.Calls)
        {
            // Published today in business time: the handler's default.
            var proposal = await officer.SendAsync(HttpMethod.Post, $"api/officer/calls/{call.Id}/funding-proposal", new FundingProposalRequest(Apply: true), cancellationToken: ct);
            var funded = proposal.GetProperty("rows").EnumerateArray()
                .Where(r => r.GetProperty("decision").GetString()!.StartsWith("Funded", StringComparison.Ordinal))
                .Select(r => r.GetProperty("projectId").GetString()!).ToHashSet();
            var planned = plan.Applications.Where(a => a.Call.Id == call.Id && a.Funded).Select(IdOf).ToHashSet();
            if (!funded.SetEquals(planned))
            {
                throw new SimulationException($"The funding proposal of {call.Id} funds {funded.Count} applications, the plan {planned.Count}: check the spec's amounts against the category ranges.");
            }
        }
    }

    private async Task ObjectAsync(PlannedApplication a, CancellationToken ct)
    {
        var id = IdOf(a);
        var filed = await new SimClient(_http, null).SendAsync(HttpMethod.Post, $"api/public/projects/{id}/objections", new ObjectionRequest("模拟异议人", "13900000000", "申报材料与事实不符"), HttpStatusCode.Created, cancellationToken: ct);
        var upheld = a.Objection == ObjectionOutcome.Upheld;
        await Client(Officer).SendAsync(HttpMethod.Post, $"api/officer/projects/{id}/objections/{filed.GetProperty("objectionId").GetString()}/resolution",
            new ObjectionResolutionRequest(upheld, upheld ? "经核实，异议成立" : "经核实，异议不成立"), cancellationToken: ct);
    }

    private async Task ContractAsync(PlannedApplication a, CancellationToken ct)
    {
        var id = IdOf(a);
        if (!a.Approved)
        {
            await WaitForStageAsync(id, ProjectStage.Rejected, ct);
            return;
        }

        await WaitForStageAsync(id, ProjectStage.Contract, ct);
        await Client(a.Applicant).SendAsync(HttpMethod.Post, $"api/applicant/projects/{id}/contract-signature", idempotencyKey: $"sim-sign-{a.Key}", cancellationToken: ct);
        if (a.Survey is { } answer)
        {
            var respondent = answer.Respondent == RespondentKind.ProjectSite ? Officer : a.Applicant;
            await Client(respondent).SendAsync(HttpMethod.Post, $"api/surveys/projects/{id}", new SurveyAnswerRequest(answer.Satisfied, answer.Satisfied ? "满意" : "不满意"), cancellationToken: ct);
        }
    }

    private async Task AcceptAsync(PlannedApplication a, CancellationToken ct)
    {
        var id = IdOf(a);
        await WaitForStageAsync(id, ProjectStage.AcceptanceDue, ct);
        if (a.LateAcceptance)
        {
            // Late means past the grace period: the workflow records the missed deadline on the institution's credit first.
            await WaitUntilAsync(async () => (await Client(Officer).SendAsync(HttpMethod.Get, $"api/officer/credit/Institution/{Uri.EscapeDataString(a.Form.Institution.Id)}", cancellationToken: ct))
                .GetProperty("statement").GetProperty("counted").EnumerateArray()
                .Any(e => e.GetProperty("event").GetProperty("projectId").GetString() == id && e.GetProperty("event").GetProperty("kind").GetString() == "DeadlineMissed"), $"{id}: acceptance deadline missed", ct);
        }

        var blob = _acceptanceBlob[a.Key];
        var report = new AcceptanceReportRequest([.. a.Actuals.Select(t => new IndicatorActual(t.IndicatorCode, t.Value, [blob]))]);
        await WaitUntilAsync(async () => (await Client(a.Applicant).TrySendAsync(HttpMethod.Post, $"api/applicant/projects/{id}/acceptance-report", report, $"sim-accept-{a.Key}", ct)).Status == HttpStatusCode.OK,
            $"{id}: acceptance report accepted (evidence processed)", ct);
        await Client(Officer).SendAsync(HttpMethod.Post, $"api/officer/projects/{id}/acceptance-decision", new DecisionRequest(true, "验收通过"), idempotencyKey: $"sim-pass-{a.Key}", cancellationToken: ct);
        await WaitForStageAsync(id, ProjectStage.Closed, ct);
    }

    private Task WaitForStageAsync(string id, ProjectStage stage, CancellationToken ct) =>
        WaitUntilAsync(async () =>
        {
            var project = await Client(Officer).SendAsync(HttpMethod.Get, $"api/projects/{id}", cancellationToken: ct);
            var now = Enum.Parse<ProjectStage>(project.GetProperty("stage").GetString()!);
            return now == stage || (LifecycleRules.TerminalStages.Contains(now)
                ? throw new SimulationException($"{id} ended at {now} while the plan expected {stage}")
                : false);
        }, $"{id} at {stage}", ct);

    private async Task WaitUntilAsync(Func<Task<bool>> done, string what, CancellationToken ct)
    {
        // Polls with a deadline: each project checks about once a second, so a year of 300 projects stays light on the host.
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new SimulationException($"Gave up waiting for {what} after {WaitLimit}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(700 + Random.Shared.Next(600)), ct);
        }
    }
}

/// <summary>The report the simulated year produced, in every format the API serves, and the project id of each application key.</summary>
public sealed record SimulatedReport(JsonElement Json, byte[] Xlsx, byte[] Csv, byte[] Png, IReadOnlyDictionary<string, string> ProjectIds);
