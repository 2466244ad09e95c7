using System.Runtime.CompilerServices;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>Finds the repository root and the Azurite that <c>npm ci</c> installed there.</summary>
public static class AzuriteLocator
{
    /// <summary>Environment variable that names the repository root when no search finds it.</summary>
    public const string RepositoryRootVariable = "XJKEJI_REPO_ROOT";

    /// <summary>
    /// The nearest folder at or above one of the start points that holds package.json and node_modules. Start points:
    /// <paramref name="searchFrom"/>, XJKEJI_REPO_ROOT, the app's base directory, the current directory, and the folder
    /// this file was compiled from (so builds with <c>--artifacts-path</c> outside the repository still find it).
    /// </summary>
    public static string FindRepositoryRoot(string? searchFrom = null)
    {
        string?[] starts =
        [
            searchFrom,
            Environment.GetEnvironmentVariable(RepositoryRootVariable),
            AppContext.BaseDirectory,
            Environment.CurrentDirectory,
            Path.GetDirectoryName(CompiledFrom()),
        ];

        string? withoutModules = null;
        foreach (var start in starts.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    continue;
                }

                if (Directory.Exists(Path.Combine(dir.FullName, "node_modules")))
                {
                    return dir.FullName;
                }

                withoutModules ??= dir.FullName;
            }
        }

        throw new InvalidOperationException(withoutModules is not null
            ? $"Azurite is not installed: {withoutModules} has package.json but no node_modules. Run `npm ci` there."
            : "Azurite was not found: no folder with package.json and node_modules above "
                + string.Join(", ", starts.Where(s => !string.IsNullOrWhiteSpace(s)))
                + $". Run `npm ci` at the repository root, or set {RepositoryRootVariable} to it.");
    }

    /// <summary>The Azurite launcher under <c>node_modules/.bin</c> of <paramref name="repositoryRoot"/>.</summary>
    public static string FindExecutable(string repositoryRoot)
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        var path = Path.Combine(repositoryRoot, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Azurite is not installed: {path} does not exist. Run `npm ci` in {repositoryRoot}.");
    }

    // The compiler fills in this source file's path; it exists on the machine that built the assembly.
    private static string CompiledFrom([CallerFilePath] string path = "") => path;
}
