using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http;

/// <summary>One authenticated, parsed request as a handler sees it.</summary>
public sealed class ApiCall
{
    /// <summary>Creates the call.</summary>
    public ApiCall(HttpContext http, ApiRoute route, Actor caller, object? body)
    {
        Http = http ?? throw new ArgumentNullException(nameof(http));
        Route = route ?? throw new ArgumentNullException(nameof(route));
        Caller = caller ?? throw new ArgumentNullException(nameof(caller));
        Body = body;
    }

    /// <summary>The HTTP context.</summary>
    public HttpContext Http { get; }

    /// <summary>The route being served.</summary>
    public ApiRoute Route { get; }

    /// <summary>Who is calling.</summary>
    public Actor Caller { get; }

    /// <summary>The parsed body, of the route's <see cref="ApiRoute.RequestBody"/> type.</summary>
    public object? Body { get; }

    /// <summary>The request's cancellation.</summary>
    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The value of <c>If-Match</c>, if sent.</summary>
    public string? IfMatch => Http.Request.Headers.IfMatch.Count > 0 ? Http.Request.Headers.IfMatch.ToString() : null;

    /// <summary>The body as its type.</summary>
    public T BodyAs<T>() => Body is T t ? t : throw new InvalidOperationException($"Route {Route.Name} has no body of type {typeof(T).Name}.");

    /// <summary>
    /// A route value. Hosts that do not fill <c>RouteValues</c> (the Functions worker keeps them in its binding data) are
    /// served by matching the request path against the route's template.
    /// </summary>
    public string RouteValue(string name) =>
        Http.Request.RouteValues[name]?.ToString() ?? Route.MatchPath(Http.Request.Path.Value ?? string.Empty)?.GetValueOrDefault(name)
        ?? throw new InvalidOperationException($"Route value {name} is missing.");

    /// <summary>A query value, or null.</summary>
    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 ? v.ToString() : null;

    /// <summary>A service of the request scope (handlers are plain classes from DI).</summary>
    public T Handler<T>()
        where T : notnull => Http.RequestServices.GetRequiredService<T>();
}
