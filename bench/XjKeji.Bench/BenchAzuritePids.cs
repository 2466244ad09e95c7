namespace XjKeji.Bench;

/// <summary>
/// The process ids of the run's Azurites: the application's, and the task hub's when it has its own (null when shared).
/// </summary>
public sealed record BenchAzuritePids(int? Application, int? TaskHub)
{
    /// <summary>Starts measuring the CPU of <paramref name="host"/>'s LocalHost and of these Azurites.</summary>
    public ProcessCpu Measure(BenchHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return ProcessCpu.Start(
            ("LocalHost", host.Process.ProcessId),
            (TaskHub is null ? "Azurite (application and task hub)" : "application's Azurite", Application),
            ("task hub's Azurite", TaskHub));
    }
}
