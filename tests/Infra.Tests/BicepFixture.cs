using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace XjKeji.Infra.Tests;

/// <summary>
/// Gets the Bicep CLI from NuGet (restoring tools/bicep/Bicep.Tool.csproj only when the binary is not in the package
/// folder yet), then builds and lints infra/bicep/main.bicep once for every test in the "Bicep" collection.
/// </summary>
public sealed class BicepFixture : IAsyncLifetime
{
    private const string PackageId = "Azure.Bicep.CommandLine.linux-x64";
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BicepTimeout = TimeSpan.FromMinutes(2);

    public const string MainTemplate = "infra/bicep/main.bicep";

    /// <summary>Path of the Bicep CLI binary.</summary>
    public string BicepPath { get; private set; } = "";

    /// <summary>The restore, when one was needed.</summary>
    public ProcessResult? Restore { get; private set; }

    /// <summary><c>bicep build infra/bicep/main.bicep --stdout</c>.</summary>
    public ProcessResult Build { get; private set; } = null!;

    /// <summary><c>bicep lint infra/bicep/main.bicep</c>.</summary>
    public ProcessResult Lint { get; private set; } = null!;

    /// <summary>The compiled ARM template, or null when the build failed (tests then report <see cref="Build"/>).</summary>
    public ArmTemplate? Template { get; private set; }

    /// <summary>The compiled template, failing the calling test with the build output when there is none.</summary>
    public ArmTemplate CompiledTemplate =>
        Template ?? throw new InvalidOperationException($"bicep build produced no template.{Environment.NewLine}{Build.Describe()}");

    public async Task InitializeAsync()
    {
        BicepPath = await LocateOrRestoreBicepAsync();
        EnsureExecutable(BicepPath);

        var root = RepositoryRoot.Path;
        var build = ProcessRunner.RunAsync(BicepPath, ["build", MainTemplate, "--stdout"], root, BicepTimeout);
        var lint = ProcessRunner.RunAsync(BicepPath, ["lint", MainTemplate], root, BicepTimeout);
        Build = await build;
        Lint = await lint;

        if (Build.ExitCode == 0 && Build.StandardOutput.TrimStart().StartsWith('{'))
            Template = new ArmTemplate(JsonNode.Parse(Build.StandardOutput)!.AsObject());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> LocateOrRestoreBicepAsync()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException(
                $"tools/bicep downloads {PackageId}; this machine is {RuntimeInformation.RuntimeIdentifier}.");
        }

        var project = RepositoryRoot.Combine("tools", "bicep", "Bicep.Tool.csproj");
        var version = PinnedVersion(project);
        var found = PackageFolders(project).Select(folder => BinaryIn(folder, version)).FirstOrDefault(File.Exists);
        if (found is not null)
            return found;

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        Restore = await ProcessRunner.RunAsync(
            dotnet, ["restore", project, "--nologo", "--disable-build-servers", "-nodeReuse:false"], RepositoryRoot.Path, RestoreTimeout);
        if (Restore.ExitCode != 0)
            throw new InvalidOperationException($"Restoring the Bicep CLI failed.{Environment.NewLine}{Restore.Describe()}");

        return PackageFolders(project).Select(folder => BinaryIn(folder, version)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"{PackageId} {version} was restored but no bicep binary was found in: {string.Join(", ", PackageFolders(project))}."
                + Environment.NewLine + Restore.Describe());
    }

    /// <summary>The exact version in tools/bicep/Bicep.Tool.csproj, e.g. "[0.49.2]" → "0.49.2": one place to bump it.</summary>
    private static string PinnedVersion(string project)
    {
        var download = XDocument.Load(project).Descendants("PackageDownload")
            .Single(e => string.Equals((string?)e.Attribute("Include"), PackageId, StringComparison.OrdinalIgnoreCase));
        return ((string?)download.Attribute("Version") ?? "").Trim('[', ']', ' ');
    }

    /// <summary>
    /// Where NuGet puts packages: $NUGET_PACKAGES, the folders the last restore of the tool project recorded, and the
    /// default ~/.nuget/packages.
    /// </summary>
    private static IEnumerable<string> PackageFolders(string project)
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment)
            yield return fromEnvironment;

        var assets = Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");
        if (File.Exists(assets) && JsonNode.Parse(File.ReadAllText(assets))?["packageFolders"] is JsonObject folders)
        {
            foreach (var (folder, _) in folders)
                yield return folder;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static string BinaryIn(string packageFolder, string version) =>
        Path.Combine(packageFolder, PackageId.ToLowerInvariant(), version, "tools", "bicep");

    /// <summary>NuGet does not keep file modes on every machine: make the binary executable if it is not.</summary>
    private static void EnsureExecutable(string path)
    {
        if (!OperatingSystem.IsLinux())
            return;

        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
            File.SetUnixFileMode(path, mode | execute);
    }
}

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<BicepFixture>
{
    public const string Name = "Bicep";
}
