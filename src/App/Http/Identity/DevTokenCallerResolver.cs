using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using XjKeji.App.Time;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Identity;

/// <summary>LocalHost's caller: a <see cref="DevTokens"/> bearer token, or the public when none is sent.</summary>
public sealed class DevTokenCallerResolver : ICallerResolver
{
    private readonly DevTokens _tokens;
    private readonly TimeProvider _time;

    /// <summary>Creates the resolver.</summary>
    public DevTokenCallerResolver(DevTokens tokens, TimeProvider time)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public Actor? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Callers.Anonymous;
        }

        const string bearer = "Bearer ";
        return header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? _tokens.Validate(header[bearer.Length..].Trim(), _time.GetUtcNow()) : null;
    }
}
