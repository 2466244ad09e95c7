using XjKeji.Domain.Projects;

namespace XjKeji.App.Http;

/// <summary>
/// One HTTP route of the API, declared once and mapped by both hosts: LocalHost as a minimal-API endpoint, Functions as
/// one thin <c>[Function]</c> per route. The OpenAPI document is generated from the same declarations.
/// </summary>
/// <param name="Name">Stable operation name (the Functions function name).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Route template under <c>/api/</c>, e.g. <c>applicant/projects/{projectId}/submit</c>.</param>
/// <param name="Roles">Roles allowed to call it.</param>
/// <param name="Summary">What it does (Chinese / English), for the OpenAPI document.</param>
/// <param name="Handle">The handler.</param>
/// <param name="RequestBody">The JSON body type, or null when the route takes none.</param>
/// <param name="ResponseBody">The success body type, or null.</param>
/// <param name="SuccessStatus">The success status.</param>
/// <param name="Idempotent">True when the route honours <c>Idempotency-Key</c> (submission and every step response).</param>
/// <param name="QueryParameters">Query parameters it reads, for the OpenAPI document.</param>
public sealed record ApiRoute(
    string Name,
    string Method,
    string Template,
    IReadOnlySet<Role> Roles,
    string Summary,
    Func<ApiCall, Task<ApiResult>> Handle,
    Type? RequestBody = null,
    Type? ResponseBody = null,
    int SuccessStatus = 200,
    bool Idempotent = false,
    IReadOnlyList<string>? QueryParameters = null)
{
    /// <summary>The full path template, with the <c>/api/</c> prefix.</summary>
    public string Path => "/api/" + Template;

    /// <summary>The route values of a request path matching <see cref="Path"/> (unescaped), or null when it does not match.</summary>
    public IReadOnlyDictionary<string, string>? MatchPath(string requestPath)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        var template = Path.Trim('/').Split('/');
        var actual = requestPath.Trim('/').Split('/');
        if (template.Length != actual.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i].StartsWith('{'))
            {
                values[template[i].Trim('{', '}')] = Uri.UnescapeDataString(actual[i]);
            }
            else if (!string.Equals(template[i], actual[i], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return values;
    }
}
