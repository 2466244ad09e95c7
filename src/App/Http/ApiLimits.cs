namespace XjKeji.App.Http;

/// <summary>Request limits (configuration section <c>Api</c>).</summary>
public sealed record ApiLimits
{
    /// <summary>Largest JSON body accepted, in bytes (evidence files never pass through the API).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Seconds a client should wait before retrying when storage is unavailable (Retry-After).</summary>
    public int RetryAfterSeconds { get; init; } = 30;

    /// <summary>
    /// Seconds after which the reservation of an Idempotency-Key whose request never finished counts as abandoned: its
    /// process died mid-request (kill -9, scale-in, a crash) and will never complete or release it. A retry with the key
    /// then runs the request again instead of getting 409 request-in-progress forever. Keep it longer than any request.
    /// </summary>
    public int IdempotencyLeaseSeconds { get; init; } = 60;
}
