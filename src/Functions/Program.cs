using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using XjKeji.Functions;

// The production host: Azure Functions isolated worker with ASP.NET Core integration. The services are in
// FunctionsHostServices (tested there); this file only builds and runs the worker.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddXjKejiFunctionsHost(builder.Configuration);
builder.Build().Run();
