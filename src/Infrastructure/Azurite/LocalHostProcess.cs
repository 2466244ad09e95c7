using System.Diagnostics;
using System.Reflection;
namespace XjKeji.Infrastructure.Azurite;

/// <summary>
/// The built LocalHost running as a separate OS process on a given storage account, for crash tests, benchmarks and the
/// simulator: it can be killed hard (kill -9 of the whole tree) and started again on the same port, storage, task hub
/// and worker id.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private const string AssemblyName = "XjKeji.LocalHost";
    private static readonly TimeSpan HealthProbeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HealthProbeInterval = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, string?> _environment;
    private readonly HttpClient _http = new();
    private Process? _process;
    private OutputTail _output = new(200);
    private bool _started;

    /// <param name="storageConnectionString">Storage the host uses (Storage__ConnectionString).</param>
    /// <param name="environment">Extra environment variables, applied last (e.g. Durable__PartitionCount).</param>
    public LocalHostProcess(string storageConnectionString, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Port = LoopbackPorts.PickFree(1)[0];
        TaskHubName = "LH" + Guid.NewGuid().ToString("N")[..16];
        _environment = new Dictionary<string, string?>
        {
            ["Storage__ConnectionString"] = storageConnectionString,
            // A task hub of its own, kept across restarts, so parallel hosts on one Azurite never share partitions.
            ["Durable__TaskHubName"] = TaskHubName,
            ["Durable__WorkerId"] = "localhost-process",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            _environment[key] = value;
        }
    }

    /// <summary>Loopback port, the same for every start.</summary>
    public int Port { get; private set; }

    /// <summary>Base address of the host's HTTP API.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The task hub this host uses, the same for every start.</summary>
    public string TaskHubName { get; }

    /// <summary>PID of the running process, or null.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>How long a start may take until /api/health answers.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The last lines the current (or last) process wrote, for failure messages.</summary>
    public string Output => _output.ToString();

    /// <summary>Starts the process and waits until GET /api/health returns 200.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"LocalHost is already running (PID {_process.Id}).");
        }

        for (var attempt = 1; ; attempt++)
        {
            _process?.Dispose();
            _output = new OutputTail(200);
            _process = Launch(LocateAssembly(), _output);
            try
            {
                await WaitUntilHealthyAsync(_process, cancellationToken);
                _started = true;
                return;
            }
            catch (InvalidOperationException) when (!_started && attempt < 3 && _output.Contains("address already in use"))
            {
                // Another process took the port between our pick and the host's bind. Before the first start nobody
                // depends on the port yet, so pick another; after it, restarts must keep theirs.
                Port = LoopbackPorts.PickFree(1)[0];
            }
            catch
            {
                await ProcessTree.KillAsync(_process);
                throw;
            }
        }
    }

    /// <summary>Kills the process tree at once (kill -9 semantics: no shutdown code runs) and waits for it to exit.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await ProcessTree.KillAsync(_process);
        }
    }

    /// <summary>Stops gracefully (SIGTERM, so the host runs its shutdown), killing it after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan? grace = null)
    {
        if (_process is not null)
        {
            await ProcessTree.TerminateAsync(_process, grace ?? TimeSpan.FromSeconds(30));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process?.Dispose();
        _http.Dispose();
    }

    private Process Launch(string assemblyPath, OutputTail output)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            // Content root: appsettings.json sits next to the assembly.
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assemblyPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilHealthyAsync(Process process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var health = new Uri(BaseAddress, "api/health");
        while (true)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException(
                    $"LocalHost exited with code {process.ExitCode} during start. Its output:{Environment.NewLine}{Output}");
            }

            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(HealthProbeTimeout);
            try
            {
                using var response = await _http.GetAsync(health, attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException)
            {
                // Not listening yet (or, just after a kill -9, the old socket's last gasp).
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Probe timed out; try again.
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException(
                    $"LocalHost did not answer {health} within {StartTimeout}. Its output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(HealthProbeInterval, cancellationToken);
        }
    }

    // The dotnet CLI tells child processes which host runs them; fall back to the one on PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path
        ? path
        : "dotnet";

    /// <summary>
    /// The LocalHost build of this test build's configuration. First the test assembly's own folder: the project
    /// reference copies the assembly there with its runtimeconfig.json and deps.json. Then LocalHost's own output,
    /// in an artifacts layout (sibling folder) or in the source tree.
    /// </summary>
    private static string LocateAssembly()
    {
        var configuration = typeof(LocalHostProcess).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        List<string> folders = [testFolder.FullName];
        if (testFolder.Parent?.Parent is { } artifactsBin)
        {
            folders.Add(Path.Combine(artifactsBin.FullName, AssemblyName, testFolder.Name));
        }

        try
        {
            var root = AzuriteLocator.FindRepositoryRoot();
            folders.Add(Path.Combine(root, "src", "LocalHost", "bin", configuration, "net10.0"));
            folders.Add(Path.Combine(root, "artifacts", "bin", AssemblyName, string.Equals(configuration, "Debug", StringComparison.OrdinalIgnoreCase) ? "debug" : "release"));
        }
        catch (InvalidOperationException)
        {
            // No repository around: only the folders above.
        }

        foreach (var folder in folders)
        {
            var assembly = Path.Combine(folder, AssemblyName + ".dll");
            if (File.Exists(assembly) && File.Exists(Path.Combine(folder, AssemblyName + ".runtimeconfig.json")))
            {
                return assembly;
            }
        }

        throw new FileNotFoundException(
            $"{AssemblyName}.dll with its runtimeconfig.json was not found in: {string.Join(", ", folders)}. Build the solution first.");
    }
}
