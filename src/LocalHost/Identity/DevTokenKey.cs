using System.Security.Cryptography;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.LocalHost.Identity;

/// <summary>
/// The key that signs LocalHost's development tokens: <c>Auth:DevTokenKey</c> (base64) when configured, else a random key
/// kept in the git-ignored <c>.azurite/dev-token.key</c>, so tokens printed by <c>token</c> keep working across restarts.
/// </summary>
internal static class DevTokenKey
{
    public const string ConfigKey = "Auth:DevTokenKey";

    public static byte[] Load(IConfiguration configuration)
    {
        var configured = configuration[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var path = Path.Combine(AzuriteLocator.FindRepositoryRoot(), ".azurite", "dev-token.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
