using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Identity;

/// <summary>
/// Azure's caller: App Service authentication (Entra ID) validates the sign-in and passes the principal in
/// <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON of claims). The platform strips that header from outside requests, so it can
/// be trusted as is. Roles come from app-role claims (<c>applicant</c>, <c>officer</c>, <c>expert</c>); an applicant's
/// institution from the <c>xjkeji_institution</c> claim.
/// </summary>
public sealed class AppServicePrincipalResolver : ICallerResolver
{
    /// <summary>The header App Service sets.</summary>
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The claim that binds an applicant to an institution.</summary>
    public const string InstitutionClaim = "xjkeji_institution";

    /// <inheritdoc />
    public Actor? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Callers.Anonymous;
        }

        try
        {
            var principal = JsonSerializer.Deserialize<ClientPrincipal>(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            if (principal?.Claims is null)
            {
                return null;
            }

            string? Claim(string type) => principal.Claims.FirstOrDefault(c => string.Equals(c.Typ, type, StringComparison.OrdinalIgnoreCase))?.Val;
            var roleType = principal.RoleTyp ?? "roles";
            var roles = principal.Claims.Where(c => c.Typ == roleType || c.Typ == "roles").Select(c => c.Val).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var id = Claim("http://schemas.microsoft.com/identity/claims/objectidentifier") ?? Claim("oid") ?? Claim(principal.NameTyp ?? "name");
            var name = Claim(principal.NameTyp ?? "name") ?? id;
            if (string.IsNullOrWhiteSpace(id))
            {
                return null;
            }

            var role = roles.Contains("officer") ? Role.Officer : roles.Contains("expert") ? Role.Expert : roles.Contains("applicant") ? Role.Applicant : Role.Public;
            var institution = Claim(InstitutionClaim);
            return role == Role.Applicant && string.IsNullOrWhiteSpace(institution) ? null : new Actor(role, id, name!, institution);
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    private sealed record ClientPrincipal(
        [property: System.Text.Json.Serialization.JsonPropertyName("auth_typ")] string? AuthTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("name_typ")] string? NameTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("role_typ")] string? RoleTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("claims")] IReadOnlyList<PrincipalClaim>? Claims);

    private sealed record PrincipalClaim(
        [property: System.Text.Json.Serialization.JsonPropertyName("typ")] string Typ,
        [property: System.Text.Json.Serialization.JsonPropertyName("val")] string Val);
}
