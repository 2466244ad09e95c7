using Azure;
using Grpc.Core;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>
/// Which failures the API answers 503 with Retry-After (storage or the workflow backend away) and which stay 500 (a
/// defect). The storage-outage test met the workflow backend's RpcException (Unknown) answered 500 on the operators'
/// lifecycle route before the backend's statuses were known here.
/// </summary>
public class StorageFailureClassifierTests
{
    private readonly AzureStorageFailureClassifier _classifier = new();

    public static TheoryData<StatusCode, bool> BackendStatuses => new()
    {
        { StatusCode.Unavailable, true },
        { StatusCode.DeadlineExceeded, true },
        { StatusCode.ResourceExhausted, true },
        { StatusCode.Unknown, true },
        { StatusCode.InvalidArgument, false },
        { StatusCode.NotFound, false },
        { StatusCode.AlreadyExists, false },
        { StatusCode.FailedPrecondition, false },
    };

    [Theory]
    [MemberData(nameof(BackendStatuses))]
    public void Workflow_backend_failures_are_unavailable_only_for_the_statuses_of_a_backend_away(StatusCode status, bool unavailable)
    {
        var failure = new RpcException(new Status(status, "Exception was thrown by handler."));

        Assert.Equal(unavailable, _classifier.IsUnavailable(failure));
        Assert.Equal(unavailable, _classifier.IsUnavailable(new InvalidOperationException("wrapped", failure)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void Storage_failures_are_unavailable_when_unreached_or_5xx(int status, bool unavailable)
    {
        var failure = new RequestFailedException(status, "storage said so");

        Assert.Equal(unavailable, _classifier.IsUnavailable(failure));
        Assert.Equal(unavailable, _classifier.IsUnavailable(new AggregateException(failure)));
    }

    [Fact]
    public void Transport_failures_are_unavailable_and_defects_are_not()
    {
        Assert.True(_classifier.IsUnavailable(new HttpRequestException("Connection refused")));
        Assert.True(_classifier.IsUnavailable(new TimeoutException("the workflow backend did not answer in time")));
        Assert.False(_classifier.IsUnavailable(new InvalidOperationException("a defect")));
        Assert.False(_classifier.IsUnavailable(new NullReferenceException()));
    }
}
