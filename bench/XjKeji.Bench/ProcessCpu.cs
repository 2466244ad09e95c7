using System.Diagnostics;
using System.Globalization;

namespace XjKeji.Bench;

/// <summary>
/// The CPU time each process of a run (LocalHost, the application's Azurite, the task hub's) spends over a phase, per unit
/// of work: where the machine's two cores go, in every run, without a profiler. A process that is not known (the task
/// hub shares the application's Azurite) is left out. The benchmark's own process, which sends the load from the same
/// machine, is reported beside them and not counted in the total.
/// </summary>
public sealed class ProcessCpu
{
    private readonly (string Name, int Pid)[] _processes;
    private readonly TimeSpan[] _start;
    private readonly TimeSpan _ownStart;
    private readonly long _startedAt;

    private ProcessCpu((string Name, int Pid)[] processes)
    {
        _processes = processes;
        _start = Read();
        _ownStart = Of(Environment.ProcessId);
        _startedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>Starts measuring the named processes whose ids are known, and this process.</summary>
    public static ProcessCpu Start(params (string Name, int? Pid)[] processes) =>
        new([.. processes.Where(p => p.Pid is not null).Select(p => (p.Name, p.Pid!.Value))]);

    /// <summary>The CPU time the process <paramref name="pid"/> has spent so far; zero when it is not known.</summary>
    public static TimeSpan Of(int? pid)
    {
        if (pid is not { } id)
        {
            return TimeSpan.Zero;
        }

        using var process = Process.GetProcessById(id);
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The CPU each process spent since <see cref="Start"/>, per unit: the total in milliseconds per unit, and a note naming
    /// each process's share, how many of the machine's cores they kept busy together, and the benchmark's own share.
    /// </summary>
    public (double TotalMsPerUnit, string Note) PerUnit(int units, string unit)
    {
        var now = Read();
        var own = Of(Environment.ProcessId) - _ownStart;
        var elapsed = Stopwatch.GetElapsedTime(_startedAt);
        var spent = _processes.Select((p, i) => (p.Name, Cpu: now[i] - _start[i])).ToArray();
        var total = spent.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Cpu);
        string Share(string name, TimeSpan cpu) => string.Create(CultureInfo.InvariantCulture, $"{name} {cpu.TotalMilliseconds / units:0.0} ms ({cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores)");
        return (total.TotalMilliseconds / units, string.Create(CultureInfo.InvariantCulture,
            $"per {unit}: {string.Join(", ", spent.Select(p => Share(p.Name, p.Cpu)))}; together {total.TotalSeconds / elapsed.TotalSeconds:0.00} of {Environment.ProcessorCount} cores over {elapsed.TotalSeconds:0.0} s; the benchmark's own callers beside them: {Share("bench", own)}"));
    }

    private TimeSpan[] Read() => [.. _processes.Select(p => Of(p.Pid))];
}
