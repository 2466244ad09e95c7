namespace XjKeji.App.Http;

/// <summary>
/// Tells whether an exception means storage (or the workflow backend) is unreachable, so the API answers 503 with
/// Retry-After instead of 500. Implemented beside the storage adapters, which know their SDK's exceptions.
/// </summary>
public interface IStorageFailureClassifier
{
    /// <summary>True when the failure is the backend being unavailable rather than a defect.</summary>
    bool IsUnavailable(Exception exception);
}

/// <summary>
/// Recognises the transport failures every SDK surfaces (refused connections, timeouts). The storage adapters register
/// a classifier that also knows their SDK's own exception types.
/// </summary>
public sealed class TransportFailureClassifier : IStorageFailureClassifier
{
    /// <inheritdoc />
    public bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
