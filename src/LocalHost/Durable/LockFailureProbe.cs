namespace XjKeji.LocalHost.Durable;

/// <summary>
/// Learns which orchestration instance the Azure Storage backend was locking when its
/// <c>LockNextTaskOrchestrationWorkItemAsync</c> failed, so that <see cref="SharedLifecycleOrchestrationService"/> can
/// release the session that call left behind.
/// </summary>
/// <remarks>
/// The backend (DurableTask.AzureStorage 2.11) makes the instance's session active before it abandons the batch's
/// out-of-order messages (a task result whose scheduling the loaded history lacks, as when storage went away after an
/// episode sent its activity but before it wrote its history). When that abandon fails (storage away, or the message was
/// delivered again after its visibility timeout so its pop receipt is stale: 400 PopReceiptMismatch) the call rethrows
/// without releasing the session, since it has made no work item yet. The session then stays active for the life of the
/// process and takes in every later message of the instance, its start message included, without ever running them:
/// the instance never takes another step (a lifecycle seen Pending long after a storage outage). The backend names the
/// instance in its OrchestrationProcessingFailure log (event 115) just before it rethrows, in the caller's asynchronous
/// flow; the probe hears that event through <see cref="Observe"/> while <see cref="Begin"/>'s scope is open.
/// </remarks>
internal sealed class LockFailureProbe : IDisposable
{
    /// <summary>DurableTask.AzureStorage's EventIds.OrchestrationProcessingFailure.</summary>
    private const int OrchestrationProcessingFailure = 115;

    private static readonly AsyncLocal<LockFailureProbe?> Current = new();

    private string? _instanceId;
    private volatile bool _closed;

    private LockFailureProbe()
    {
    }

    /// <summary>The instance the last failure heard in this scope named, if any.</summary>
    public string? InstanceId => Volatile.Read(ref _instanceId);

    /// <summary>Opens a scope for the calling asynchronous flow; dispose it when the backend call has returned.</summary>
    public static LockFailureProbe Begin() => Current.Value = new LockFailureProbe();

    /// <summary>The backend's logger factory, with every logger it creates listening for the probe.</summary>
    public static ILoggerFactory Observe(ILoggerFactory loggerFactory) => new ObservingLoggerFactory(loggerFactory);

    // Background work the backend starts from inside the call inherits the scope: closing it keeps later failures out.
    public void Dispose() => _closed = true;

    private static void Hear<TState>(EventId eventId, TState state)
    {
        if (eventId.Id == OrchestrationProcessingFailure
            && Current.Value is { _closed: false } probe
            && state is IReadOnlyDictionary<string, object> fields
            && fields.TryGetValue("InstanceId", out var value)
            && value is string { Length: > 0 } instanceId)
        {
            // The last one: the backend logs its own failure immediately before it rethrows.
            Volatile.Write(ref probe._instanceId, instanceId);
        }
    }

    private sealed class ObservingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new ObservingLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        // The host owns the factory it wraps.
        public void Dispose()
        {
        }
    }

    private sealed class ObservingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        // Errors are always offered, so the probe hears event 115 whatever the log filters let through.
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error || inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Hear(eventId, state);
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
