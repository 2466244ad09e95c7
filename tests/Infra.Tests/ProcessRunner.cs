using System.Diagnostics;
using System.Text;

namespace XjKeji.Infra.Tests;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>Everything a failure message needs: the command, its exit code and both streams.</summary>
    public string Describe() =>
        $"""
        $ {Command}
        exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s
        --- stdout ---
        {Tail(StandardOutput)}
        --- stderr ---
        {Tail(StandardError)}
        """;

    // A compiled template is tens of kilobytes: a failure message keeps the end, where diagnostics are.
    private static string Tail(string text) => text.Length <= 8000 ? text : "[...]" + text[^8000..];
}

/// <summary>Runs a process to completion with a timeout, capturing both output streams.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Keep the tools quiet and offline-friendly.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild node or build server may outlive the command while holding its output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var command = $"{fileName} {string.Join(' ', arguments)}";
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            var timedOut = new ProcessResult(command, -1, Read(stdout), Read(stderr), stopwatch.Elapsed);
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s.{Environment.NewLine}{timedOut.Describe()}");
        }

        // WaitForExitAsync has also waited for both output streams to end.
        return new ProcessResult(command, process.ExitCode, Read(stdout), Read(stderr), stopwatch.Elapsed);
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
            return buffer.ToString();
    }
}
