using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using XjKeji.App;
using XjKeji.App.Http;
using XjKeji.App.Http.Identity;
using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Functions.Workflow;
using XjKeji.Infrastructure.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddXjKejiApp(
    builder.Configuration.GetSection("Workflow").Get<WorkflowOptions>(),
    builder.Configuration.GetSection("Workflow:Clock").Get<ClockOptions>());
builder.Services.AddXjKejiStorage(builder.Configuration);

// In Azure the caller comes from App Service authentication; development tokens are never accepted here.
builder.Services.AddSingleton<ICallerResolver, AppServicePrincipalResolver>();

// The Durable client arrives per invocation as a binding, not from DI (see DurableClientScope).
builder.Services.AddSingleton<IWorkflowSignals, FunctionsWorkflowSignals>();
builder.Services.AddSingleton(builder.Configuration.GetSection("Api").Get<ApiLimits>() ?? new ApiLimits());

builder.Build().Run();
