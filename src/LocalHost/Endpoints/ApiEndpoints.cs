using XjKeji.App.Http;

namespace XjKeji.LocalHost.Endpoints;

/// <summary>Maps every route of <see cref="ApiRoutes.All"/> as a minimal-API endpoint served by the shared dispatcher.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapXjKejiApi(this IEndpointRouteBuilder app)
    {
        foreach (var route in ApiRoutes.All)
        {
            app.MapMethods(route.Path, [route.Method], (HttpContext http, ApiDispatcher dispatcher) => dispatcher.HandleAsync(http, route))
                .WithName(route.Name);
        }

        return app;
    }
}
