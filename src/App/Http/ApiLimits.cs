namespace XjKeji.App.Http;

/// <summary>Request limits (configuration section <c>Api</c>).</summary>
public sealed record ApiLimits
{
    /// <summary>Largest JSON body accepted, in bytes (evidence files never pass through the API).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Seconds a client should wait before retrying when storage is unavailable (Retry-After).</summary>
    public int RetryAfterSeconds { get; init; } = 30;
}
