using System.Diagnostics;

namespace XjKeji.Bench;

/// <summary>
/// Samples the process's managed heap and working set every few milliseconds while a piece of work runs, so a peak
/// (not just the end state) is seen. The work's own allocations are counted exactly by the GC.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly long _heapBefore;
    private readonly long _workingSetBefore;
    private readonly long _allocatedBefore;
    private long _heapPeak;
    private long _workingSetPeak;

    private MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _heapBefore = GC.GetTotalMemory(false);
        _workingSetBefore = Process.GetCurrentProcess().WorkingSet64;
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _loop = Task.Run(SampleAsync);
    }

    /// <summary>Starts sampling after a full collection.</summary>
    public static MemorySampler Start() => new();

    /// <summary>Highest managed heap seen above the starting heap, in bytes.</summary>
    public long HeapGrowthPeak => Math.Max(0, Interlocked.Read(ref _heapPeak) - _heapBefore);

    /// <summary>Highest working set seen above the starting working set, in bytes.</summary>
    public long WorkingSetGrowthPeak => Math.Max(0, Interlocked.Read(ref _workingSetPeak) - _workingSetBefore);

    /// <summary>Bytes allocated since the start (all threads).</summary>
    public long Allocated => GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;

    /// <summary>Stops sampling.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            Max(ref _heapPeak, GC.GetTotalMemory(false));
            Max(ref _workingSetPeak, process.WorkingSet64);
            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Max(ref long field, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref field)) && Interlocked.CompareExchange(ref field, value, seen) != seen)
        {
        }
    }
}
