using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace XjKeji.Bench;

/// <summary>What a load phase did: every call's status and latency, and the phase's wall time.</summary>
public sealed record LoadOutcome(IReadOnlyList<double> LatenciesMs, IReadOnlyDictionary<HttpStatusCode, int> Statuses, TimeSpan Elapsed, int Failures)
{
    /// <summary>Calls completed per second over the whole phase.</summary>
    public double PerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;
}

/// <summary>Runs <c>count</c> calls with a fixed number of concurrent callers, reporting progress once a second.</summary>
public static class LoadRunner
{
    /// <summary>
    /// Runs <paramref name="call"/> for 0..count-1 with <paramref name="concurrency"/> callers. A call returning a status
    /// other than <paramref name="expected"/>, or throwing, counts as a failure (and its status is recorded).
    /// </summary>
    public static async Task<LoadOutcome> RunAsync(string phase, int count, int concurrency, HttpStatusCode expected, Func<int, Task<(HttpStatusCode Status, double Milliseconds)>> call, IProgress<string> progress)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(progress);
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var failures = 0;
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();
        using var reporter = new Timer(_ => progress.Report($"{phase}: {Volatile.Read(ref done)}/{count} ({Volatile.Read(ref done) / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0}/s, {Volatile.Read(ref failures)} failed)"), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    var (status, ms) = await call(i);
                    latencies.Add(ms);
                    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                    if (status != expected)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref done);
            }
        })));
        clock.Stop();
        progress.Report($"{phase}: {count}/{count} in {clock.Elapsed.TotalSeconds:0.0} s");
        return new LoadOutcome([.. latencies], statuses, clock.Elapsed, failures);
    }
}
