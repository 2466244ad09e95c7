using Azure;
using XjKeji.App.Http;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Storage is unavailable when the SDK could not reach it (status 0) or it answered 5xx; also any transport failure.</summary>
public sealed class AzureStorageFailureClassifier : IStorageFailureClassifier
{
    private static readonly TransportFailureClassifier Transport = new();

    /// <inheritdoc />
    public bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RequestFailedException { Status: 0 or >= 500 } or AggregateException { InnerException: RequestFailedException { Status: 0 or >= 500 } })
            {
                return true;
            }
        }

        return Transport.IsUnavailable(exception);
    }
}
