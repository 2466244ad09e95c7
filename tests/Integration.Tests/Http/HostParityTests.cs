using System.Net;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.App.Workflow;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Both hosts expose the same API and the same workflow: LocalHost's routes (read from the running host) and the
/// Functions app's HTTP triggers, orchestrations and activities (read from the functions.metadata its build emits)
/// are compared with each other and with <see cref="ApiRoutes.All"/> and <see cref="TaskRegistration"/>.
/// </summary>
public class HostParityTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    private static readonly JsonElement[] Metadata = LoadMetadata();

    [Fact]
    public async Task LocalHost_and_Functions_serve_the_same_routes_as_the_route_table()
    {
        using var officer = host.Scenario.Officer();
        var local = (await officer.GetAsync("api/ops/routes")).Ensure(HttpStatusCode.OK).Json.EnumerateArray()
            .Select(r => $"{r.GetProperty("method").GetString()} {r.GetProperty("path").GetString()}").Where(r => !r.EndsWith("/api/health", StringComparison.Ordinal)).Order().ToList();
        var functions = Metadata.SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} /api/{b.GetProperty("route").GetString()}"))
            .Where(r => !r.EndsWith("/api/health", StringComparison.Ordinal)).Order().ToList();
        var declared = ApiRoutes.All.Select(r => $"{r.Method} {r.Path}").Order().ToList();

        Assert.Equal(declared, local);
        Assert.Equal(declared, functions);
    }

    [Fact]
    public void Functions_has_one_function_per_orchestrator_and_activity_named_like_the_class()
    {
        static List<string> Named(string trigger) => Metadata
            .Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == trigger))
            .Select(f => f.GetProperty("name").GetString()!).Order().ToList();

        Assert.Equal(TaskRegistration.Orchestrators.Select(t => t.Name).Order(), Named("orchestrationTrigger"));
        Assert.Equal(TaskRegistration.Activities.Select(t => t.Name).Order(), Named("activityTrigger"));
        Assert.Equal(["ExpertReviewReminders", "OfficerDeadlineDigest"], Named("timerTrigger"));
    }

    private static JsonElement[] LoadMetadata()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "XjKeji.sln")))
        {
            root = root.Parent;
        }

        // The test runs in the configuration the solution was built in; pick that build of the Functions app.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";
        var candidates = new[]
        {
            Path.Combine(root?.FullName ?? ".", "src", "Functions", "bin", configuration, "net10.0", "functions.metadata"),
            Path.Combine(AppContext.BaseDirectory, "..", "..", "XjKeji.Functions", configuration.ToLowerInvariant(), "functions.metadata"),
        };
        var file = candidates.FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"functions.metadata not found; build src/Functions first. Looked in: {string.Join(", ", candidates)}");
        return [.. JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
