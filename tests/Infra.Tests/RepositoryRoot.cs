using System.Reflection;

namespace XjKeji.Infra.Tests;

/// <summary>
/// Finds the repository root, the folder that contains XjKeji.sln: above the test assembly when the build output is in
/// the repository, otherwise the folder recorded at build time (for output elsewhere, e.g. --artifacts-path /tmp/...).
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
                return dir.FullName;
        }

        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && IsRoot(recorded))
            return recorded;

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} contains XjKeji.sln, nor does the build-time root '{recorded}'.");
    }

    private static bool IsRoot(string folder) => File.Exists(System.IO.Path.Combine(folder, "XjKeji.sln"));
}
