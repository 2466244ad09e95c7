using System.Collections.Concurrent;

namespace XjKeji.App.Http;

/// <summary>An <see cref="IIdempotencyStore"/> in memory, for tests and single-process runs without storage.</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IdempotencyRecord?> TryReserveAsync(string scope, string key, string requestHash, CancellationToken cancellationToken = default)
    {
        var pending = new IdempotencyRecord(requestHash, 0, null, null, null);
        var existing = _records.GetOrAdd($"{scope}|{key}", pending);
        return Task.FromResult(ReferenceEquals(existing, pending) ? null : existing);
    }

    /// <inheritdoc />
    public Task CompleteAsync(string scope, string key, IdempotencyRecord record, CancellationToken cancellationToken = default)
    {
        _records[$"{scope}|{key}"] = record;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        _records.TryRemove($"{scope}|{key}", out _);
        return Task.CompletedTask;
    }
}
