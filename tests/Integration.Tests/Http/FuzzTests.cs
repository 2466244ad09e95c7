using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using XjKeji.App.Http;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using Xunit.Abstractions;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Random and mutated valid payloads against every route as random callers: no answer may be 5xx and the host must stay
/// up. CI runs <see cref="DefaultRequests"/>; set <c>XJKEJI_FUZZ_REQUESTS=10000</c> for the full run. The seed is printed
/// and can be fixed with <c>XJKEJI_FUZZ_SEED</c> to replay a failure.
/// </summary>
public class FuzzTests(ApiHostFixture host, ITestOutputHelper output) : IClassFixture<ApiHostFixture>
{
    private const int DefaultRequests = 1500;
    private static readonly string[] Strings = ["", " ", "新疆维吾尔自治区", "\u0000\u0001", "😀", new string('长', 5000), "../../etc/passwd", "'; DROP TABLE Projects;--", "<script>alert(1)</script>", "null", "1e309", "-0"];

    [Fact]
    public async Task Random_and_mutated_requests_never_get_a_5xx()
    {
        var s = host.Scenario;
        var requests = int.TryParse(Environment.GetEnvironmentVariable("XJKEJI_FUZZ_REQUESTS"), out var n) ? n : DefaultRequests;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("XJKEJI_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Environment.TickCount;
        output.WriteLine($"seed {seed}, {requests} requests");
        var random = new Random(seed);
        using var owner = s.Applicant();
        var projects = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            projects.Add(await s.SubmitApplicationAsync(owner, $"fuzz-{seed}-{i}"));
        }

        var clients = new[] { owner, s.Applicant("91650000-OTHER"), s.Officer(), s.Anonymous(), ApiClient.As(s.Host.BaseAddress, s.Tokens, Samples.Expert) };
        var statuses = new Dictionary<int, int>();
        var routes = ApiRoutes.All.Where(r => r.Name != "OpenApiDocument").ToList();
        var started = DateTime.UtcNow;
        for (var i = 0; i < requests; i++)
        {
            var route = routes[random.Next(routes.Count)];
            var client = clients[random.Next(clients.Length)];
            var path = RouteSamples.Path(route, random.Next(10) == 0 ? Strings[random.Next(Strings.Length)] : projects[random.Next(projects.Count)]);
            if (route.QueryParameters is { Count: > 0 } q && random.Next(2) == 0)
            {
                path += $"?{q[random.Next(q.Count)]}={Uri.EscapeDataString(Strings[random.Next(Strings.Length)])}";
            }

            var body = route.RequestBody is null && random.Next(4) != 0 ? null : Mutate(route, random);
            var response = await client.SendRawAsync(new HttpMethod(route.Method), path, body, random.Next(20) == 0 ? "text/plain" : "application/json",
                random.Next(5) == 0 ? new Dictionary<string, string> { ["Idempotency-Key"] = $"fz{random.Next(50)}" } : null);
            var status = (int)response.Status;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"request {i} (seed {seed}): {route.Method} {path} -> {status} {response.Body[..Math.Min(300, response.Body.Length)]}");
        }

        output.WriteLine($"{requests} requests in {(DateTime.UtcNow - started).TotalSeconds:F1} s; statuses: {string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}×{x.Value}"))}");
        (await s.Anonymous().GetAsync("api/health")).Ensure(HttpStatusCode.OK);
        foreach (var c in clients.Skip(1))
        {
            c.Dispose();
        }
    }

    private static byte[] Mutate(ApiRoute route, Random random)
    {
        if (random.Next(8) == 0)
        {
            var bytes = new byte[random.Next(1, 64)];
            random.NextBytes(bytes);
            return bytes;
        }

        var sample = RouteSamples.Body(route);
        JsonNode node = sample is null ? new JsonObject() : JsonSerializer.SerializeToNode(sample, route.RequestBody!, ApiJson.Options)!;
        for (var m = random.Next(1, 4); m > 0; m--)
        {
            MutateOnce(node, random);
        }

        var text = node.ToJsonString(ApiJson.Options);
        return Encoding.UTF8.GetBytes(random.Next(10) == 0 ? text[..random.Next(text.Length)] : text);
    }

    private static void MutateOnce(JsonNode node, Random random)
    {
        var containers = Descendants(node).Where(n => n is JsonObject or JsonArray).ToList();
        var target = containers[random.Next(containers.Count)];
        JsonNode? Value() => random.Next(7) switch
        {
            0 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
            1 => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
            2 => JsonValue.Create(random.NextDouble() * 1e12 - 5e11),
            3 => JsonValue.Create(random.Next(2) == 0),
            4 => null,
            5 => new JsonArray(),
            _ => new JsonObject { ["x"] = 1 },
        };

        switch (target)
        {
            case JsonObject o when o.Count > 0 && random.Next(3) == 0:
                o.Remove(o.ElementAt(random.Next(o.Count)).Key);
                break;
            case JsonObject o when o.Count > 0:
                o[o.ElementAt(random.Next(o.Count)).Key] = Value();
                break;
            case JsonObject o:
                o["extra"] = Value();
                break;
            case JsonArray a when a.Count > 0 && random.Next(2) == 0:
                a[random.Next(a.Count)] = Value();
                break;
            case JsonArray a:
                a.Add(Value());
                break;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
