using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Http.Identity;

/// <summary>
/// Development tokens for LocalHost: <c>dev.{base64url payload}.{base64url HMAC-SHA256}</c>, signed with a key that
/// LocalHost keeps in its git-ignored data folder. They stand in for Entra ID on one machine; they are never accepted by
/// the Functions host.
/// </summary>
public sealed class DevTokens
{
    private const string Prefix = "dev.";
    private readonly byte[] _key;

    /// <summary>Creates the issuer/validator with a key of at least 32 bytes.</summary>
    public DevTokens(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The development token key must have at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Issues a token for an actor, valid until <paramref name="expires"/>.</summary>
    public string Issue(Actor actor, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new DevTokenPayload(actor.Role, actor.Id, actor.DisplayName, actor.InstitutionId, expires.ToUnixTimeSeconds()));
        var body = Base64Url(payload);
        return $"{Prefix}{body}.{Base64Url(Sign(body))}";
    }

    /// <summary>The actor of a valid, unexpired token; null otherwise.</summary>
    public Actor? Validate(string token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2 || !TryFromBase64Url(parts[1], out var signature) || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0])))
        {
            return null;
        }

        try
        {
            var p = TryFromBase64Url(parts[0], out var json) ? JsonSerializer.Deserialize<DevTokenPayload>(json) : null;
            if (p is null || p.Exp < now.ToUnixTimeSeconds() || string.IsNullOrWhiteSpace(p.Sub) || !Enum.IsDefined(p.Role) || p.Role == Role.System
                || (p.Role == Role.Applicant && string.IsNullOrWhiteSpace(p.Inst)))
            {
                return null;
            }

            return new Actor(p.Role, p.Sub, p.Name ?? p.Sub, p.Inst);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        bytes = new byte[s.Length];
        if (Convert.TryFromBase64String(s, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }

    private sealed record DevTokenPayload(Role Role, string Sub, string? Name, string? Inst, long Exp);
}
