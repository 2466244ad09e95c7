using System.Net;
using XjKeji.App.Http;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Route × role × ownership, over real HTTP: a role a route does not list gets 401 (no credentials) or 403; an applicant
/// of another institution gets 404 for every route about a project (it must not even learn the project exists); every
/// listed role gets past authorization.
/// </summary>
public class AuthorizationMatrixTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    public static TheoryData<string> Routes() => [.. ApiRoutes.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_role_gets_what_the_route_allows(string routeName)
    {
        var s = host.Scenario;
        var route = ApiRoutes.Named(routeName);
        using var owner = s.Applicant();
        using var stranger = s.Applicant("91650000-OTHER");
        using var officer = s.Officer();
        using var expert = ApiClient.As(s.Host.BaseAddress, s.Tokens, Samples.Expert);
        using var anonymous = s.Anonymous();
        var projectId = await s.SubmitApplicationAsync(owner, $"authz-{routeName}");
        var path = RouteSamples.Path(route, projectId);
        var body = RouteSamples.Body(route);
        var aboutProject = route.Template.Contains("{projectId}", StringComparison.Ordinal);

        var callers = new (Role Role, ApiClient Client, bool Stranger)[]
        {
            (Role.Public, anonymous, false), (Role.Expert, expert, false), (Role.Applicant, stranger, true), (Role.Officer, officer, false), (Role.Applicant, owner, false),
        };
        foreach (var (role, client, isStranger) in callers)
        {
            var response = await client.SendAsync(new HttpMethod(route.Method), path, body);
            var status = (int)response.Status;
            var because = $"{route.Method} {path} as {role}{(isStranger ? " of another institution" : string.Empty)}: {status} {response.Body[..Math.Min(200, response.Body.Length)]}";
            if (!route.Roles.Contains(role))
            {
                Assert.True(status == (role == Role.Public ? 401 : 403), because);
                Assert.Equal("application/problem+json", response.MediaType);
            }
            else if (isStranger && aboutProject)
            {
                Assert.True(status == 404, because);
            }
            else
            {
                Assert.True(status is not (401 or 403) && status < 500, because);
            }
        }
    }

    [Fact]
    public async Task Stranger_sees_none_of_another_institutions_projects_in_lists()
    {
        var s = host.Scenario;
        using var owner = s.Applicant();
        using var stranger = s.Applicant("91650000-OTHER");
        var id = await s.SubmitApplicationAsync(owner, "authz-list");

        var mine = (await owner.GetAsync("api/applicant/projects")).Ensure(HttpStatusCode.OK);
        var theirs = (await stranger.GetAsync("api/applicant/projects")).Ensure(HttpStatusCode.OK);

        Assert.Contains(id, mine.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(id, theirs.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"api/projects/{id}/audit")).Status);
    }

    [Fact]
    public async Task Forged_or_expired_tokens_are_401_never_public()
    {
        var s = host.Scenario;
        var forged = new App.Http.Identity.DevTokens(new byte[32]).Issue(Samples.Officer, DateTimeOffset.UtcNow.AddHours(1));
        var expired = s.Tokens.Issue(Samples.Officer, DateTimeOffset.UtcNow.AddMinutes(-1));
        foreach (var token in new[] { forged, expired, "garbage", "dev.x.y" })
        {
            using var client = new ApiClient(s.Host.BaseAddress, token);
            var publicRoute = await client.GetAsync("api/public/publicity");
            Assert.Equal(HttpStatusCode.Unauthorized, publicRoute.Status);
        }
    }
}
