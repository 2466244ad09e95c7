using System.Diagnostics;

namespace XjKeji.Bench;

/// <summary>
/// Samples another process's working set every few milliseconds while a piece of work runs in it (the server, for work
/// asked over HTTP), so its peak is seen; <see cref="MemorySampler"/> does the same for the bench's own process.
/// </summary>
public sealed class ProcessMemorySampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    private ProcessMemorySampler(int processId)
    {
        _process = Process.GetProcessById(processId);
        Before = _process.WorkingSet64;
        _peak = Before;
        _loop = Task.Run(SampleAsync);
    }

    /// <summary>Starts sampling the process with id <paramref name="processId"/>.</summary>
    public static ProcessMemorySampler Start(int processId) => new(processId);

    /// <summary>The working set when sampling started, in bytes.</summary>
    public long Before { get; }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Stops sampling.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _process.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _process.Refresh();
            var now = _process.WorkingSet64;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

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
}
