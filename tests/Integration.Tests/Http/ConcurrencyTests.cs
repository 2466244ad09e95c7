using System.Net;
using XjKeji.App.Http;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.Integration.Tests.Http;

/// <summary>ETags and If-Match on draft updates, and idempotent step responses, over real HTTP.</summary>
public class ConcurrencyTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    [Fact]
    public async Task Draft_update_needs_the_current_etag_and_a_stale_one_is_412()
    {
        using var applicant = host.Scenario.Applicant();
        var created = (await applicant.PostAsync("api/applicant/projects", new CreateDraftRequest(LocalHostScenario.YearCall.Id, Samples.AidForm()))).Ensure(HttpStatusCode.Created);
        var id = created.Json.GetProperty("id").GetString()!;
        var first = created.ETag!;
        var edited = Samples.AidForm() with { Title = "南疆设施农业节水灌溉技术示范与推广（修订）" };

        (await applicant.PutAsync($"api/applicant/projects/{id}", edited)).Ensure((HttpStatusCode)428);
        var updated = (await applicant.PutAsync($"api/applicant/projects/{id}", edited, first)).Ensure(HttpStatusCode.OK);
        Assert.NotEqual(first, updated.ETag);
        Assert.Equal("南疆设施农业节水灌溉技术示范与推广（修订）", updated.Json.GetProperty("form").GetProperty("title").GetString());

        var stale = (await applicant.PutAsync($"api/applicant/projects/{id}", Samples.AidForm(), first)).Ensure(HttpStatusCode.PreconditionFailed);
        Assert.Equal("application/problem+json", stale.MediaType);
        var current = (await applicant.GetAsync($"api/projects/{id}")).Ensure(HttpStatusCode.OK);
        Assert.Equal(updated.ETag, current.ETag);
        Assert.Equal("南疆设施农业节水灌溉技术示范与推广（修订）", current.Json.GetProperty("form").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_retried_step_with_its_idempotency_key_returns_the_first_answer_and_records_once()
    {
        var s = host.Scenario;
        using var applicant = s.Applicant();
        var id = await s.SubmitApplicationAsync(applicant, "retry-submit");

        var first = (await applicant.PostAsync($"api/applicant/projects/{id}/withdrawal", new ReasonRequest("重复申报"), "withdraw-1")).Ensure(HttpStatusCode.OK);
        var retry = (await applicant.PostAsync($"api/applicant/projects/{id}/withdrawal", new ReasonRequest("重复申报"), "withdraw-1")).Ensure(HttpStatusCode.OK);
        var other = await applicant.PostAsync($"api/applicant/projects/{id}/withdrawal", new ReasonRequest("别的理由"), "withdraw-1");

        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(first.ETag, retry.ETag);
        Assert.Equal((HttpStatusCode)422, other.Status);
        var audit = (await applicant.GetAsync($"api/projects/{id}/audit")).Ensure(HttpStatusCode.OK).As<List<AuditEntry>>();
        Assert.Single(audit, a => a.Action == ProjectAction.Withdraw);
        var again = await applicant.PostAsync($"api/applicant/projects/{id}/withdrawal", new ReasonRequest("重复申报"), "withdraw-2");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
    }

    [Fact]
    public async Task Fifty_concurrent_updates_with_one_etag_let_exactly_one_win()
    {
        using var applicant = host.Scenario.Applicant();
        var created = (await applicant.PostAsync("api/applicant/projects", new CreateDraftRequest(LocalHostScenario.YearCall.Id, Samples.AidForm()))).Ensure(HttpStatusCode.Created);
        var id = created.Json.GetProperty("id").GetString()!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            applicant.PutAsync($"api/applicant/projects/{id}", Samples.AidForm() with { Title = $"并发修改 {i}" }, created.ETag)));

        var winners = answers.Select((a, i) => (a, i)).Where(x => x.a.Status == HttpStatusCode.OK).ToList();
        var (winner, index) = Assert.Single(winners);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.PreconditionFailed, a.Status));
        var stored = (await applicant.GetAsync($"api/projects/{id}")).Ensure(HttpStatusCode.OK);
        Assert.Equal($"并发修改 {index}", stored.Json.GetProperty("form").GetProperty("title").GetString());
        Assert.Equal(winner.ETag, stored.ETag);
    }
}
