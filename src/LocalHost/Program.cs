using System.Net;
using XjKeji.App;
using XjKeji.App.Evidence;
using XjKeji.App.Http;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.LocalHost.Digest;
using XjKeji.LocalHost.Durable;
using XjKeji.App.Http.Identity;
using XjKeji.Infrastructure.Storage;
using XjKeji.LocalHost.Endpoints;
using XjKeji.LocalHost.Identity;

var builder = WebApplication.CreateBuilder(args);
if (args.FirstOrDefault() == "token")
{
    return TokenCommand.Run(args, builder.Configuration);
}

// Loopback only: this host has no authentication fit for a network. --urls (or "urls" in configuration) may change
// the port, not the interface.
builder.WebHost.UseUrls(LoopbackUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:7071"));

// Bounded shutdown: Ctrl+C reaches the embedded Azurite too, and a storage client retrying against a stopped emulator
// must not keep the host alive.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
builder.AddXjKejiDurableBackend(TaskRegistration.AddAll);
// Section Api (body limit, Retry-After, Idempotency-Key lease), registered before AddXjKejiApp, whose TryAdd keeps it.
builder.Services.AddSingleton(builder.Configuration.GetSection("Api").Get<ApiLimits>() ?? new ApiLimits());
builder.Services.AddXjKejiEvidenceSettings(builder.Configuration.GetSection("Evidence"));
builder.Services.AddXjKejiApp(
    builder.Configuration.GetSection("Workflow").Get<WorkflowOptions>(),
    builder.Configuration.GetSection("Workflow:Clock").Get<ClockOptions>());
builder.Services.AddXjKejiStorage(builder.Configuration);
builder.Services.AddHostedService<DailyDigestService>();
builder.Services.AddHostedService<XjKeji.LocalHost.Evidence.EvidenceWatcher>();
builder.Services.AddHostedService<XjKeji.LocalHost.Evidence.PortalBlobCors>();
builder.Services.AddSingleton(new DevTokens(DevTokenKey.Load(builder.Configuration)));
builder.Services.AddSingleton<ICallerResolver, DevTokenCallerResolver>();

var app = builder.Build();

// The browser front end (web/, built by Vite into wwwroot): its files, and index.html for any other path outside /api/
// without a file extension, so the portal's own routes survive a reload. API routes win over both.
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
app.MapOpsEndpoints();
app.MapXjKejiApi();
app.MapFallbackToFile("{*path:regex(^(?!api(/|$)).*$):nonfile}", "index.html");
app.Run();
return 0;

static string[] LoopbackUrls(string urls)
{
    var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    foreach (var url in list)
    {
        var host = new Uri(url).Host;
        if (host != "localhost" && !(IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))
        {
            throw new InvalidOperationException($"LocalHost listens on loopback addresses only; '{url}' is not one.");
        }
    }

    return list;
}

/// <summary>The entry point, public so tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
