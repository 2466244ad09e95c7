using System.Diagnostics;
using System.Runtime.InteropServices;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>Stops a child process we started: politely first, then by killing its whole tree.</summary>
public static class ProcessTree
{
    private const int Sigterm = 15;

    /// <summary>
    /// Sends SIGTERM (so Azurite can flush its data files and ASP.NET Core can run its shutdown), waits up to
    /// <paramref name="grace"/>, then kills the process tree. Waits for the process to exit in every case.
    /// On Windows, where there is no SIGTERM, it kills straight away.
    /// </summary>
    public static async Task TerminateAsync(Process process, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.HasExited)
        {
            return;
        }

        if (!TrySigterm(process.Id))
        {
            await KillAsync(process);
            return;
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync(process);
        }
    }

    /// <summary>Kills the process and everything it started (kill -9 semantics) and waits for it to exit.</summary>
    public static async Task KillAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }

        await process.WaitForExitAsync();
    }

    private static bool TrySigterm(int pid)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return SysKill(pid, Sigterm) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // libc kill(2): .NET has no API to send a signal other than SIGKILL to another process.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
