using System.Net;
using System.Text;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Review;
using XjKeji.Domain.Tests;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// A call of 30 applications across the three AidXinjiang categories goes through expert review (imported expert pool,
/// panels of five, a decline replaced, score sheets), the funding proposal within each category's envelope, publicity
/// with one upheld and one dismissed objection (the period ends by durable timer) and approval, on LocalHost over HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class ReviewEndToEndTests(AzuriteFixture azurite)
{
    private const int PerCategory = 10;

    // Envelopes fund 8 of 10 in A (800k each), all 10 in B (400k), and 5 of 10 in C (400k, exactly 2,000k).
    private static readonly AnnualCall Call = Samples.AidCall() with
    {
        Id = "2018-AidXinjiang-review",
        OpensOn = new DateOnly(2018, 1, 1),
        ClosesOn = new DateOnly(2018, 12, 31),
        Envelopes = [new(CategoryCode.AidXinjiangA, 6_400_000m), new(CategoryCode.AidXinjiangB, 4_000_000m), new(CategoryCode.AidXinjiangC, 2_000_000m)],
    };

    [Fact]
    public async Task Thirty_applications_are_reviewed_ranked_funded_publicised_and_approved()
    {
        // Four seconds per business day: publicity (five working days) lasts about half a minute, long enough for the
        // proposal to reach all 30 applications and the objections to be filed within the period on a busy machine.
        await using var s = await LocalHostScenario.StartAsync(azurite, TimeSpan.FromSeconds(4));
        using var officer = s.Officer();
        using var anonymous = s.Anonymous();
        (await officer.PutAsync($"api/officer/calls/{Call.Id}", Call)).Ensure(HttpStatusCode.OK);

        var apps = await SubmitAllAsync(s);
        foreach (var app in apps)
        {
            (await officer.PostAsync($"api/officer/projects/{app.Id}/eligibility", new EligibilityDecisionRequest(EligibilityDecision.Pass, "材料齐全"))).Ensure(HttpStatusCode.OK);
        }

        // The expert pool arrives as a GB18030 CSV, as Excel on Chinese Windows writes it; one expert works at the first
        // applicant's institution and must never review that application.
        var csv = new StringBuilder("编号,姓名,单位,领域,地区,可用\n");
        for (var e = 1; e <= 11; e++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"EX-{e:D2},专家{e},EXP-INST-{e},农业,{(e % 2 == 0 ? "区内" : "区外")},是\n");
        }

        csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"EX-CONFLICT,回避专家,{apps[0].Institution},农业,区内,是\n");
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(csv.ToString());
        var imported = (await officer.PostAsync("api/officer/experts/import", new ExpertImportRequest(Convert.ToBase64String(gb18030)))).Ensure(HttpStatusCode.OK);
        Assert.Equal(12, imported.Json.GetProperty("imported").GetInt32());

        var run = (await officer.PostAsync($"api/officer/calls/{Call.Id}/review-assignments")).Ensure(HttpStatusCode.OK);
        Assert.Equal(3 * PerCategory * 5, run.Json.GetProperty("assignmentsAdded").GetInt32());
        Assert.Empty(run.Json.GetProperty("shortfalls").EnumerateArray());
        var assignments = (await officer.GetAsync($"api/officer/calls/{Call.Id}/review-assignments")).Ensure(HttpStatusCode.OK).Json.EnumerateArray().ToList();
        Assert.DoesNotContain(assignments, a => a.GetProperty("projectId").GetString() == apps[0].Id && a.GetProperty("expertId").GetString() == "EX-CONFLICT");
        Assert.All(assignments.GroupBy(a => a.GetProperty("projectId").GetString()), panel => Assert.Equal(5, panel.Select(a => a.GetProperty("expertId").GetString()).Distinct().Count()));

        // The first expert declines one application; a replacement takes the seat.
        var decliner = assignments.First().GetProperty("expertId").GetString()!;
        var declinedProject = assignments.First().GetProperty("projectId").GetString()!;
        using (var expert = Expert(s, decliner))
        {
            var declined = (await expert.PostAsync($"api/expert/assignments/{declinedProject}/decline", new ReasonRequest("与申请人存在合作关系"))).Ensure(HttpStatusCode.OK);
            Assert.NotEqual(decliner, declined.Json.GetProperty("replacedBy").GetString());
            (await expert.GetAsync($"api/expert/assignments/{declinedProject}")).Ensure(HttpStatusCode.NotFound);
        }

        // Every expert scores what is theirs: application i gets 60 + i on every criterion from everyone.
        var score = apps.Select((a, i) => (a.Id, Score: 60m + i)).ToDictionary(x => x.Id, x => x.Score);
        foreach (var expertId in Enumerable.Range(1, 11).Select(e => $"EX-{e:D2}").Append("EX-CONFLICT"))
        {
            using var expert = Expert(s, expertId);
            var mine = (await expert.GetAsync("api/expert/assignments")).Ensure(HttpStatusCode.OK).Json.EnumerateArray()
                .Where(a => a.GetProperty("status").GetString() == "Assigned").Select(a => a.GetProperty("projectId").GetString()!).ToList();
            foreach (var projectId in mine)
            {
                var application = (await expert.GetAsync($"api/expert/assignments/{projectId}")).Ensure(HttpStatusCode.OK);
                Assert.DoesNotContain("张伟", application.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("INST-", application.Body, StringComparison.Ordinal);
                var sheet = new ScoreSheetRequest(ReviewCriteria.Default.Criteria.ToDictionary(c => c.Code, _ => score[projectId]), "评审意见");
                (await expert.PostAsync($"api/expert/assignments/{projectId}/scores", sheet)).Ensure(HttpStatusCode.OK);
            }
        }

        var ranking = (await officer.GetAsync($"api/officer/calls/{Call.Id}/ranking")).Ensure(HttpStatusCode.OK).Json.EnumerateArray().ToList();
        Assert.Equal(apps.Count, ranking.Count);
        Assert.All(ranking, r => Assert.True(r.GetProperty("complete").GetBoolean()));
        Assert.Equal(apps.Select(a => a.Id).Reverse(), ranking.Select(r => r.GetProperty("projectId").GetString()));
        Assert.Equal(89m, ranking[0].GetProperty("score").GetDecimal());

        var proposal = (await officer.PostAsync($"api/officer/calls/{Call.Id}/funding-proposal", new FundingProposalRequest(Apply: true, PublishedOn: s.BusinessToday))).Ensure(HttpStatusCode.OK);
        var funded = proposal.Json.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("decision").GetString()!.StartsWith("Funded", StringComparison.Ordinal))
            .Select(r => r.GetProperty("projectId").GetString()!).ToHashSet();
        var expectedFunded = apps.Skip(2).Take(8).Concat(apps.Skip(10).Take(10)).Concat(apps.Skip(25)).Select(a => a.Id);
        Assert.Equal(expectedFunded.Order(StringComparer.Ordinal), funded.Order(StringComparer.Ordinal));
        var totals = proposal.Json.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("category").GetString()!, t => t.GetProperty("allocatedCny").GetDecimal());
        Assert.Equal((6_400_000m, 4_000_000m, 2_000_000m), (totals["AidXinjiangA"], totals["AidXinjiangB"], totals["AidXinjiangC"]));

        // Publicity: one objection upheld (project rejected), one dismissed (the project goes on).
        var publicity = (await anonymous.GetAsync("api/public/publicity?year=2018")).Ensure(HttpStatusCode.OK);
        Assert.Equal(funded.Count, publicity.Json.EnumerateArray().Count(n => funded.Contains(n.GetProperty("projectId").GetString()!)));
        var (upheld, dismissed) = (apps[9], apps[8]);
        foreach (var (app, uphold) in new[] { (upheld, true), (dismissed, false) })
        {
            var filed = (await anonymous.PostAsync($"api/public/projects/{app.Id}/objections", new ObjectionRequest("刘强", "13900000000", "申报材料与事实不符"))).Ensure(HttpStatusCode.Created);
            var objectionId = filed.Json.GetProperty("objectionId").GetString();
            (await officer.PostAsync($"api/officer/projects/{app.Id}/objections/{objectionId}/resolution", new ObjectionResolutionRequest(uphold, uphold ? "经核实，异议成立" : "经核实，异议不成立"))).Ensure(HttpStatusCode.OK);
        }

        Assert.Equal("Rejected", (await officer.GetAsync($"api/projects/{upheld.Id}")).Ensure(HttpStatusCode.OK).Json.GetProperty("stage").GetString());

        // The period ends by durable timer and approval follows by the workflow itself: each project reaches its contract.
        foreach (var id in funded.Where(id => id != upheld.Id))
        {
            await HttpLifecycleTests.WaitForStageAsync(officer, id, "Contract");
        }

        var approval = (await officer.GetAsync($"api/projects/{dismissed.Id}/audit")).Ensure(HttpStatusCode.OK).Json.EnumerateArray()
            .Single(a => a.GetProperty("action").GetString() == "Approve");
        Assert.Equal("System", approval.GetProperty("actor").GetProperty("role").GetString());

        var stages = new Dictionary<string, string>();
        foreach (var app in apps)
        {
            stages[app.Id] = (await officer.GetAsync($"api/projects/{app.Id}")).Ensure(HttpStatusCode.OK).Json.GetProperty("stage").GetString()!;
        }

        Assert.Equal(funded.Count - 1, stages.Values.Count(v => v == "Contract"));
        Assert.Equal(apps.Count - funded.Count + 1, stages.Values.Count(v => v == "Rejected"));
        Assert.Equal("Contract", stages[dismissed.Id]);

        // The upheld objection is on the PI's credit record once the workflow has seen the rejection: 100 − 40.
        var credit = await HttpLifecycleTests.Poll(() => officer.GetAsync($"api/officer/credit/Person/{upheld.Pi}"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("statement").GetProperty("score").GetInt32() == 60, "credit of the upheld objection", 60);
        Assert.Equal("ObjectionUpheld", Assert.Single(credit.Json.GetProperty("statement").GetProperty("counted").EnumerateArray()).GetProperty("event").GetProperty("kind").GetString());

        // The year-end report counts what happened: 22 new projects past approval, and the one survey answer given.
        using (var applicant = ApiClient.As(s.Host.BaseAddress, s.Tokens, new Actor(Role.Applicant, dismissed.Pi, "张伟", dismissed.Institution)))
        {
            (await applicant.PostAsync($"api/surveys/projects/{dismissed.Id}", new SurveyAnswerRequest(true, "流程清楚"))).Ensure(HttpStatusCode.OK);
        }

        var report = (await officer.GetAsync("api/officer/reports/self-evaluation?year=2018&program=AidXinjiang")).Ensure(HttpStatusCode.OK);
        var rows = report.Json.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("indicator").GetProperty("code").GetString()!);
        Assert.Equal(funded.Count - 1, rows["AX-PROJECTS"].GetProperty("actual").GetProperty("number").GetDecimal());
        Assert.Equal(1, rows["AX-SATISFACTION"].GetProperty("survey").GetProperty("responses").GetInt32());
        var xlsx = await officer.GetAsync("api/officer/reports/self-evaluation?year=2018&format=xlsx");
        Assert.Equal((HttpStatusCode.OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (xlsx.Status, xlsx.MediaType));
        var png = await officer.GetAsync("api/officer/reports/self-evaluation?year=2018&format=png");
        Assert.Equal((HttpStatusCode.OK, "image/png"), (png.Status, png.MediaType));
    }

    private sealed record App(string Id, string Institution, string Pi);

    private static async Task<List<App>> SubmitAllAsync(LocalHostScenario s)
    {
        var apps = new List<App>();
        CategoryCode[] categories = [CategoryCode.AidXinjiangA, CategoryCode.AidXinjiangB, CategoryCode.AidXinjiangC];
        for (var i = 0; i < categories.Length * PerCategory; i++)
        {
            var category = categories[i / PerCategory];
            var (institution, pi) = ($"91650000-INST-{i:D2}", $"pi-{i:D2}");
            var form = Samples.AidForm(category, category == CategoryCode.AidXinjiangA ? 800_000m : 400_000m) with
            {
                Institution = new Institution(institution, $"承担单位{i}"),
                PrincipalInvestigator = new PrincipalInvestigator(pi, "张伟", $"{pi}@example.cn"),
            };
            using var applicant = ApiClient.As(s.Host.BaseAddress, s.Tokens, new Actor(Role.Applicant, pi, "张伟", institution));
            var created = (await applicant.PostAsync("api/applicant/projects", new CreateDraftRequest(Call.Id, form))).Ensure(HttpStatusCode.Created);
            var id = created.Json.GetProperty("id").GetString()!;
            (await applicant.PostAsync($"api/applicant/projects/{id}/submit", idempotencyKey: $"review-{i}")).Ensure(HttpStatusCode.OK);
            apps.Add(new App(id, institution, pi));
        }

        return apps;
    }

    private static ApiClient Expert(LocalHostScenario s, string expertId) => ApiClient.As(s.Host.BaseAddress, s.Tokens, new Actor(Role.Expert, expertId, "评审专家"));
}
