using Microsoft.AspNetCore.Http;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Identity;

/// <summary>Who is calling. In Azure: App Service authentication headers; on LocalHost: signed development tokens.</summary>
public interface ICallerResolver
{
    /// <summary>
    /// The caller, <see cref="Callers.Anonymous"/> when no credentials were sent, or null when credentials were sent but
    /// are not valid (forged, expired, malformed): those get 401, never the public role.
    /// </summary>
    Actor? Resolve(HttpRequest request);
}

/// <summary>Well-known callers.</summary>
public static class Callers
{
    /// <summary>Someone with no credentials: the public.</summary>
    public static Actor Anonymous { get; } = new(Role.Public, "anonymous", "公众 (public)");
}
