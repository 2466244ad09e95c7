using System.Collections.Concurrent;
using System.Net;
using XjKeji.Integration.Tests.Http;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>What became of a step a driver tried.</summary>
internal enum StepResult
{
    /// <summary>The host answered 2xx: the step is done.</summary>
    Done,

    /// <summary>The host refused it as illegal now (409): the project moved on; read it again.</summary>
    Moved,

    /// <summary>No answer (host down), 503, a request still in flight, or evidence not yet processed: try again later.</summary>
    Later,
}

/// <summary>
/// Sends the drivers' requests to a host that may die at any moment: a connection refused or reset is "later", never a
/// failure, and every answer is counted. An answer no client should ever get (a 500, a 404 for its own project) is kept
/// for the test to report.
/// </summary>
internal sealed class FaultCalls(int concurrency)
{
    private readonly SemaphoreSlim _gate = new(concurrency);
    private readonly ConcurrentQueue<string> _unexpected = new();
    private long _requests;
    private long _transportFailures;
    private long _inProgress;
    private long _unavailable;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests that got no answer: refused or reset by a killed host, or timed out.</summary>
    public long TransportFailures => Interlocked.Read(ref _transportFailures);

    /// <summary>409 request-in-progress: the Idempotency-Key of a retry is still reserved by its first attempt.</summary>
    public long InProgress => Interlocked.Read(ref _inProgress);

    public long Unavailable => Interlocked.Read(ref _unavailable);

    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>Sends, or returns null when the host gave no answer.</summary>
    public async Task<ApiResponse?> TrySendAsync(Func<Task<ApiResponse>> send)
    {
        await _gate.WaitAsync();
        try
        {
            Interlocked.Increment(ref _requests);
            return await send();
        }
        catch (Exception e) when (IsTransportFailure(e))
        {
            Interlocked.Increment(ref _transportFailures);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads until an answer comes; null when it is not a 200 (kept as unexpected).</summary>
    public async Task<ApiResponse?> ReadAsync(string what, Func<Task<ApiResponse>> read, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = await TrySendAsync(read);
            if (r is null || r.Status == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(Backoff(), cancellationToken);
                continue;
            }

            if (r.Status != HttpStatusCode.OK)
            {
                _unexpected.Enqueue($"{what}: {(int)r.Status} {Trim(r.Body)}");
                return null;
            }

            return r;
        }
    }

    /// <summary>Tries a step once and classifies the answer.</summary>
    public async Task<(StepResult Result, ApiResponse? Response)> StepAsync(string what, Func<Task<ApiResponse>> send)
    {
        var r = await TrySendAsync(send);
        if (r is null)
        {
            return (StepResult.Later, null);
        }

        switch ((int)r.Status)
        {
            case 200 or 201:
                return (StepResult.Done, r);
            case 409 when r.Body.Contains("request-in-progress", StringComparison.Ordinal):
                Interlocked.Increment(ref _inProgress);
                return (StepResult.Later, r);
            case 409:
                return (StepResult.Moved, r);
            case 422:
                // Evidence not processed yet (the watcher may have died with the host): try again shortly.
                return (StepResult.Later, r);
            case 503:
                Interlocked.Increment(ref _unavailable);
                return (StepResult.Later, r);
            default:
                _unexpected.Enqueue($"{what}: {(int)r.Status} {Trim(r.Body)}");
                return (StepResult.Later, r);
        }
    }

    /// <summary>No answer: refused, reset or timed out (a killed host's sockets fail in all these ways).</summary>
    public static bool IsTransportFailure(Exception e) => e is HttpRequestException or TaskCanceledException or IOException or System.Net.Sockets.SocketException;

    public static TimeSpan Backoff() => TimeSpan.FromMilliseconds(250 + Random.Shared.Next(250));

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300];
}
