using System.Diagnostics;
using System.Globalization;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>
/// One Azurite storage emulator process from the repository's node_modules, on free 127.0.0.1 ports. The ports are
/// chosen when the object is created and kept for its lifetime, so <see cref="StopAsync"/> then <see cref="StartAsync"/>
/// brings the same endpoints back (with the same data when <see cref="AzuriteOptions.Location"/> is set).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);

    private readonly AzuriteOptions _options;
    private readonly string _repositoryRoot;
    private readonly string _executable;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private Process? _process;
    private OutputTail _output = new();
    private ListeningAnnouncements _listening = new();

    /// <summary>Locates Azurite and picks its ports; does not start it.</summary>
    public AzuriteProcess(AzuriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _repositoryRoot = AzuriteLocator.FindRepositoryRoot(options.SearchFrom);
        _executable = AzuriteLocator.FindExecutable(_repositoryRoot);
        var ports = LoopbackPorts.PickFree(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
    }

    /// <summary>Blob service port on 127.0.0.1.</summary>
    public int BlobPort { get; }

    /// <summary>Queue service port on 127.0.0.1.</summary>
    public int QueuePort { get; }

    /// <summary>Table service port on 127.0.0.1.</summary>
    public int TablePort { get; }

    /// <summary>Connection string for the emulator's account on this process's ports.</summary>
    public string ConnectionString => AzuriteConnectionString.For(BlobPort, QueuePort, TablePort);

    /// <summary>The running process's id, or null when stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Whether the process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Creates and starts an Azurite, choosing new ports and trying again (up to three times) if another process
    /// takes one of them before Azurite binds it.
    /// </summary>
    public static async Task<AzuriteProcess> StartNewAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var azurite = new AzuriteProcess(options);
            try
            {
                await azurite.StartAsync(cancellationToken);
                return azurite;
            }
            catch (AzuritePortInUseException) when (attempt < 3)
            {
                await azurite.DisposeAsync();
            }
            catch
            {
                await azurite.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts Azurite (no-op when running) and waits until all three ports accept connections.</summary>
    /// <exception cref="AzuritePortInUseException">A port was taken by another process.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (IsRunning)
            {
                return;
            }

            if (_options.Location is { } location)
            {
                Directory.CreateDirectory(location);
                await AzuritePidFile.ReclaimAsync(location);
            }

            // A process that died on its own is replaced.
            _process?.Dispose();
            _output = new OutputTail();
            _listening = new ListeningAnnouncements();
            _process = Launch(_output, _listening);
            if (_options.Location is { } started)
            {
                await AzuritePidFile.WriteAsync(started, _process.Id);
            }

            try
            {
                await WaitUntilListeningAsync(_process, cancellationToken);
            }
            catch
            {
                await StopCoreAsync(graceful: false);
                throw;
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops Azurite gracefully (SIGTERM lets it save its data files), killing the process tree if it does not exit
    /// within <see cref="AzuriteOptions.StopTimeout"/>. The ports stay reserved for a later <see cref="StartAsync"/>.
    /// </summary>
    public Task StopAsync() => StopWithLockAsync(graceful: true);

    /// <summary>
    /// Kills the process tree at once, as a crash would. With a <see cref="AzuriteOptions.Location"/>, writes from the
    /// last few seconds may be lost: Azurite saves its metadata every 5 s.
    /// </summary>
    public Task KillAsync() => StopWithLockAsync(graceful: false);

    /// <summary>Stops the process (gracefully) if it runs.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _lifecycle.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Azurite pid={ProcessId} blob={BlobPort} queue={QueuePort} table={TablePort} location={_options.Location ?? "(memory)"}");

    private async Task StopWithLockAsync(bool graceful)
    {
        await _lifecycle.WaitAsync();
        try
        {
            await StopCoreAsync(graceful);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task StopCoreAsync(bool graceful)
    {
        if (_process is not { } process)
        {
            return;
        }

        try
        {
            if (graceful)
            {
                await ProcessTree.TerminateAsync(process, _options.StopTimeout);
            }
            else
            {
                await ProcessTree.KillAsync(process);
            }
        }
        finally
        {
            process.Dispose();
            _process = null;
            if (graceful && _options.Location is { } location)
            {
                AzuritePidFile.Delete(location);
            }
        }
    }

    private Process Launch(OutputTail output, ListeningAnnouncements listening)
    {
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _repositoryRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var accessLog = _options.AccessLog;
        process.OutputDataReceived += (_, e) =>
        {
            output.Add(e.Data);
            listening.Observe(e.Data);
            if (accessLog is not null && e.Data is not null)
            {
                accessLog(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private IEnumerable<string> Arguments()
    {
        string[] common =
        [
            "--blobHost", "127.0.0.1", "--blobPort", Port(BlobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(TablePort),
            // Without this Azurite phones home and hangs on SIGTERM.
            "--disableTelemetry",
            // Azure.Storage.Blobs 12.30 sends a newer API version than Azurite 3.37 knows.
            "--skipApiVersionCheck",
            "--loose",
        ];
        // No per-request access log unless someone reads it: it costs time.
        string[] log = _options.AccessLog is null ? ["--silent"] : [];
        return _options.Location is { } location
            ? [.. common, .. log, "--location", location]
            : [.. common, .. log, "--inMemoryPersistence"];
    }

    private async Task WaitUntilListeningAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        int[] ports = [BlobPort, QueuePort, TablePort];
        while (true)
        {
            if (process.HasExited)
            {
                // Let the output handlers catch up with the last lines before reading them.
                await process.WaitForExitAsync(cancellationToken);
                var message = $"Azurite exited with code {process.ExitCode} before listening ({this}). Its output:"
                    + Environment.NewLine + _output;
                throw _output.Contains("EADDRINUSE")
                    ? new AzuritePortInUseException(message)
                    : new InvalidOperationException(message);
            }

            // A port accepting connections is not enough: between our pick and Azurite's bind another process may
            // have taken it, and then the probe reaches that process while Azurite dies of EADDRINUSE a moment later.
            // Only Azurite's own "successfully listening" line for each port proves the listener is Azurite.
            var ready = ports.All(_listening.Announced);
            foreach (var port in ports)
            {
                ready = ready && await LoopbackPorts.AcceptsConnectionAsync(port, ProbeTimeout, cancellationToken);
            }

            if (ready)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Azurite did not accept connections within {_options.StartTimeout} ({this}). Its output:"
                    + Environment.NewLine + _output);
            }

            await Task.Delay(ProbeInterval, cancellationToken);
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
