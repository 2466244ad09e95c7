using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using XjKeji.App.Http;
using XjKeji.Domain.Projects;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// A table of bad requests across every route: malformed JSON, wrong types, unknown fields, oversized bodies, wrong
/// content types, invalid UTF-8, bad query values, unknown ids, stale ETags and bad idempotency keys. Each must be
/// answered 4xx with problem+json, never 5xx, and must leave storage exactly as it was.
/// </summary>
public class BadInputTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    public sealed record BadCase(string Route, string What, string Method, string Path, byte[]? Body, string? ContentType, Dictionary<string, string>? Headers, int? Expected)
    {
        public override string ToString() => $"{Route}: {What}";
    }

    public static TheoryData<BadCase> Cases()
    {
        var data = new TheoryData<BadCase>();
        foreach (var c in Build())
        {
            data.Add(c);
        }

        return data;
    }

    [Fact]
    public void The_table_has_at_least_two_hundred_cases() => Assert.True(Build().Count >= 200, $"{Build().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_request_is_a_4xx_problem_and_changes_nothing(BadCase bad)
    {
        var s = host.Scenario;
        var projectId = await ProjectAsync();
        using var officer = s.Officer();
        var before = await SnapshotAsync(officer, projectId);
        var route = ApiRoutes.Named(bad.Route);
        using var caller = route.Roles.Contains(Role.Applicant) ? s.Applicant()
            : route.Roles.Contains(Role.Officer) ? s.Officer()
            : route.Roles.Contains(Role.Expert) ? ApiClient.As(s.Host.BaseAddress, s.Tokens, Domain.Tests.Samples.Expert)
            : s.Anonymous();

        var response = await caller.SendRawAsync(new HttpMethod(bad.Method), bad.Path.Replace("{P}", projectId, StringComparison.Ordinal), bad.Body, bad.ContentType, bad.Headers);

        var status = (int)response.Status;
        Assert.True(status is >= 400 and < 500, $"{bad}: {status} {response.Body}");
        if (bad.Expected is { } expected)
        {
            Assert.True(expected == status, $"{bad}: expected {expected}, got {status} {response.Body}");
        }

        Assert.Equal("application/problem+json", response.MediaType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.StartsWith(ApiProblem.TypeBase, problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        Assert.Equal(before, await SnapshotAsync(officer, projectId));
    }

    [Fact]
    public async Task An_experts_email_is_checked_when_given_and_kept_when_valid()
    {
        using var officer = host.Scenario.Officer();
        var expert = RouteSamples.SampleExpert with { Id = "EX-MAIL", Email = "zhao.jiaoshou@xju.edu.cn" };

        var refused = (await officer.PutAsync("api/officer/experts/EX-MAIL", expert with { Email = "zhao.jiaoshou.xju.edu.cn" })).Ensure(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(refused.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(("email", "invalid-email"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));

        (await officer.PutAsync("api/officer/experts/EX-MAIL", expert)).Ensure(HttpStatusCode.OK);
        (await officer.PutAsync("api/officer/experts/EX-NOMAIL", expert with { Id = "EX-NOMAIL", Email = null })).Ensure(HttpStatusCode.OK);
        var listed = (await officer.GetAsync("api/officer/experts")).Ensure(HttpStatusCode.OK).As<List<Domain.Review.Expert>>();
        Assert.Equal("zhao.jiaoshou@xju.edu.cn", listed.Single(e => e.Id == "EX-MAIL").Email);
        Assert.Null(listed.Single(e => e.Id == "EX-NOMAIL").Email);
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _projectId;

    private async Task<string> ProjectAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_projectId is null)
            {
                using var owner = host.Scenario.Applicant();
                _projectId = await host.Scenario.SubmitApplicationAsync(owner, "bad-input-base");
            }

            return _projectId;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>What must not change: the project (its ETag), its audit trail, the owner's list and the call.</summary>
    private async Task<string> SnapshotAsync(ApiClient officer, string projectId)
    {
        using var owner = host.Scenario.Applicant();
        var project = await officer.GetAsync($"api/projects/{projectId}");
        var audit = await officer.GetAsync($"api/projects/{projectId}/audit");
        var list = await owner.GetAsync("api/applicant/projects");
        var calls = await officer.GetAsync("api/calls?year=2018");
        return string.Join("\n", project.ETag, audit.Body, JsonDocument.Parse(list.Body).RootElement.GetProperty("items").GetArrayLength(), calls.Body);
    }

    private static List<BadCase> Build()
    {
        var cases = new List<BadCase>();
        foreach (var route in ApiRoutes.All.Where(r => r.Name != "OpenApiDocument"))
        {
            var path = RouteSamples.Path(route, "{P}");
            void Add(string what, byte[]? body, string? type = "application/json", Dictionary<string, string>? headers = null, int? expected = null, string? pathOverride = null) =>
                cases.Add(new BadCase(route.Name, what, route.Method, pathOverride ?? path, body, type, headers, expected));

            if (route.RequestBody is null)
            {
                if (route.Method != "GET")
                {
                    Add("a body where none is taken", "{\"x\":1}"u8.ToArray(), expected: 400);
                }
            }
            else
            {
                var sample = JsonSerializer.SerializeToNode(RouteSamples.Body(route), route.RequestBody, ApiJson.Options)!.AsObject();
                Add("truncated JSON", "{\"a\":"u8.ToArray(), expected: 400);
                Add("not JSON at all", "hello"u8.ToArray(), expected: 400);
                Add("JSON null", "null"u8.ToArray(), expected: 400);
                Add("an array instead of an object", "[]"u8.ToArray(), expected: 400);
                Add("an empty body", [], expected: 400);
                Add("text/plain", Utf8(sample), "text/plain", expected: 415);
                Add("no content type", Utf8(sample), null, expected: 415);
                Add("a non-UTF-8 charset", Utf8(sample), "application/json; charset=gb2312", expected: 415);
                Add("invalid UTF-8 bytes", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], expected: 400);
                Add("an oversized body", Encoding.UTF8.GetBytes("{\"x\":\"" + new string('新', 100_000) + "\"}"), expected: 413);
                Add("nesting 200 levels deep", Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200)), expected: 400);
                Add("trailing comma", Encoding.UTF8.GetBytes(sample.ToJsonString().TrimEnd('}') + ",}"), expected: 400);
                var unknown = sample.DeepClone().AsObject();
                unknown["unexpectedField"] = "未知字段";
                Add("an unknown field", Utf8(unknown), expected: 400);
                foreach (var (name, value) in sample.ToList())
                {
                    if (value is null)
                    {
                        continue;
                    }

                    var wrong = sample.DeepClone().AsObject();
                    wrong[name] = value.GetValueKind() switch
                    {
                        JsonValueKind.String => JsonValue.Create(12345),
                        JsonValueKind.Number => JsonValue.Create("一二三"),
                        JsonValueKind.True or JsonValueKind.False => JsonValue.Create("yes"),
                        JsonValueKind.Array => new JsonObject(),
                        _ => JsonValue.Create(7),
                    };
                    Add($"field {name} of the wrong type", Utf8(wrong), expected: 400);
                }
            }

            foreach (var q in route.QueryParameters ?? [])
            {
                foreach (var v in new[] { "abc", "-1", "99999999999", "Bogus", "%E6%96%B0" })
                {
                    if (q is "projectId" or "institution" or "blob")
                    {
                        continue;
                    }

                    Add($"query {q}={v}", null, null, expected: 400, pathOverride: $"{path}?{q}={v}");
                }
            }

            if (route.QueryParameters?.Contains("blob") == true)
            {
                Add("an unknown blob", null, null, expected: 404, pathOverride: $"{path}?blob=P-NOPE%2Fx.pdf");
                Add("no blob named", null, null, expected: 400);
            }

            if (route.Template.Contains("{projectId}", StringComparison.Ordinal))
            {
                var required = route.QueryParameters?.Contains("blob") == true ? "?blob=x.pdf" : string.Empty;
                Add("an unknown project", BodyOf(route), pathOverride: RouteSamples.Path(route, "P-NOPE-0000") + required, expected: 404);

                // An upload slot creates a file of its own and leaves the project as it is, so it takes no If-Match.
                if (route.Method != "GET" && route.Name != "RequestEvidenceSlot")
                {
                    Add("a stale If-Match", BodyOf(route), headers: new() { ["If-Match"] = "W/\"datetime'2000-01-01T00%3A00%3A00Z'\"" });
                }
            }

            if (route.Idempotent)
            {
                Add("an Idempotency-Key with spaces", BodyOf(route), headers: new() { ["Idempotency-Key"] = "not a key" }, expected: 400);
                Add("an Idempotency-Key of 101 characters", BodyOf(route), headers: new() { ["Idempotency-Key"] = new string('k', 101) }, expected: 400);
            }
        }

        return cases;
    }

    private static byte[]? BodyOf(ApiRoute route) => route.RequestBody is null ? null : Utf8(JsonSerializer.SerializeToNode(RouteSamples.Body(route), route.RequestBody, ApiJson.Options)!);

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(ApiJson.Options));
}
