namespace XjKeji.App.Http;

/// <summary>
/// Remembers the first successful answer to each <c>Idempotency-Key</c>, so a retried submission or step response
/// returns that answer and starts nothing new. A key is scoped to the caller and the route. Refusals (4xx) are not
/// remembered: they wrote nothing, and a retry is judged again on the state it then finds.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Reserves the key for a request with <paramref name="requestHash"/>. Returns null when reserved now (the caller
    /// runs the request), or the record already there (finished, or still in flight). A store that outlives its
    /// processes takes over, for exactly one caller with the same request, a reservation left in flight longer than
    /// <see cref="ApiLimits.IdempotencyLeaseSeconds"/>: the process that made it died before it could finish or release it.
    /// </summary>
    Task<IdempotencyRecord?> TryReserveAsync(string scope, string key, string requestHash, CancellationToken cancellationToken = default);

    /// <summary>Stores the answer of a reserved key.</summary>
    Task CompleteAsync(string scope, string key, IdempotencyRecord record, CancellationToken cancellationToken = default);

    /// <summary>Releases a reserved key whose request failed unexpectedly, so a retry runs it again.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken = default);
}

/// <summary>A remembered answer.</summary>
/// <param name="RequestHash">Hash of the request that reserved the key; a different request with the same key is refused.</param>
/// <param name="Status">Status of the answer; 0 while the first request is in flight.</param>
/// <param name="BodyJson">The answer's JSON body, if any.</param>
/// <param name="ETag">The answer's ETag header, if any.</param>
/// <param name="Location">The answer's Location header, if any.</param>
public sealed record IdempotencyRecord(string RequestHash, int Status, string? BodyJson, string? ETag, string? Location)
{
    /// <summary>True while the first request with the key has not finished.</summary>
    public bool InFlight => Status == 0;
}
