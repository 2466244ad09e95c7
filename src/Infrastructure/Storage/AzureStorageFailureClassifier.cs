using Azure;
using Grpc.Core;
using XjKeji.App.Http;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Storage is unavailable when the SDK could not reach it (status 0) or it answered 5xx; the workflow backend is when its
/// gRPC call failed for want of it (below); also any transport failure.
/// </summary>
public sealed class AzureStorageFailureClassifier : IStorageFailureClassifier
{
    private static readonly TransportFailureClassifier Transport = new();

    /// <inheritdoc />
    public bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RequestFailedException { Status: 0 or >= 500 } or AggregateException { InnerException: RequestFailedException { Status: 0 or >= 500 } }
                || e is RpcException rpc && IsBackendAway(rpc.StatusCode))
            {
                return true;
            }
        }

        return Transport.IsUnavailable(exception);
    }

    // The Durable Task client talks gRPC to its backend (the sidecar on LocalHost, the Functions host in Azure). Unavailable,
    // DeadlineExceeded and ResourceExhausted say the backend could not be reached or served. Unknown is what the backend
    // answers for any exception of its handler: for the calls the API makes (start, raise an event, read an instance)
    // those handlers only do storage I/O, and the storage-outage test meets it when the task hub's storage is away after
    // the storage client's own retries. A defect answered Unknown becomes 503 too; the API logs every 503 with its cause.
    private static bool IsBackendAway(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Unknown;
}
