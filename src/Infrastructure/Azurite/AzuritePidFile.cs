using System.Diagnostics;
using System.Globalization;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>
/// Records which Azurite serves an on-disk location and which process started it. If that process died without
/// stopping Azurite (kill -9, crash), the orphan would keep writing the same files as its successor and corrupt them,
/// so the next start stops it first. A location still owned by a live process is refused instead.
/// </summary>
internal static class AzuritePidFile
{
    private const string FileName = "azurite.pid";

    /// <summary>Makes the location free to use: stops an orphaned Azurite, refuses one owned by a live process.</summary>
    public static async Task ReclaimAsync(string location)
    {
        var path = Path.Combine(location, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        var parts = (await File.ReadAllTextAsync(path)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var azuritePid)
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var ownerPid)
            && TryGetLiveProcess(azuritePid) is { } orphan)
        {
            using (orphan)
            {
                if (IsAlive(ownerPid))
                {
                    throw new InvalidOperationException(
                        $"Azurite (PID {azuritePid}) started by live process {ownerPid} already uses {location}. "
                        + $"Stop that process, or delete {path} if it is stale.");
                }

                if (LooksLikeAzurite(azuritePid))
                {
                    await ProcessTree.KillAsync(orphan);
                }
            }
        }

        File.Delete(path);
    }

    public static Task WriteAsync(string location, int azuritePid) => File.WriteAllTextAsync(
        Path.Combine(location, FileName),
        string.Create(CultureInfo.InvariantCulture, $"{azuritePid} {Environment.ProcessId}"));

    public static void Delete(string location) => File.Delete(Path.Combine(location, FileName));

    private static Process? TryGetLiveProcess(int pid)
    {
        try
        {
            var process = Process.GetProcessById(pid);
            if (!process.HasExited)
            {
                return process;
            }

            process.Dispose();
        }
        catch (ArgumentException)
        {
            // No such process.
        }

        return null;
    }

    private static bool IsAlive(int pid)
    {
        using var process = TryGetLiveProcess(pid);
        return process is not null;
    }

    // Guards against PID reuse: only a process whose command line names azurite is ours to stop.
    private static bool LooksLikeAzurite(int pid)
    {
        var cmdline = $"/proc/{pid}/cmdline";
        return File.Exists(cmdline) && File.ReadAllText(cmdline).Contains("azurite", StringComparison.OrdinalIgnoreCase);
    }
}
