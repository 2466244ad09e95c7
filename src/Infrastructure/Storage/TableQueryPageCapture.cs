using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Lets a caller read a table query's pages as the JSON stream the service sends instead of as entities. The report's
/// read model sends a few hundred thousand JSON strings a year, several MiB a page; the Azure SDK would buffer each page
/// in a growing <see cref="MemoryStream"/> (large-object-heap garbage, which brings full collections) and copy every string
/// into a UTF-16 string in a dictionary per entity, while the caller only needs to read them once from the UTF-8 bytes.
/// A query page answered inside <see cref="Scope"/> is handed unbuffered to the scope's handler and then reaches the SDK as an
/// empty page (its continuation headers untouched, so paging goes on as before). Every other request, and any answer
/// but 200, passes through as usual.
/// </summary>
/// <remarks>
/// The SDK's retries still cover the request up to its response headers. A body that breaks off after the handler began
/// reading is not asked for again (the handler has taken part of it) and fails the query with the stream's exception.
/// </remarks>
public sealed class TableQueryPageCapture : HttpPipelinePolicy
{
    private const string HandlerProperty = "XjKeji.TableQueryPageCapture.Handler";
    private static readonly byte[] EmptyPage = """{"value":[]}"""u8.ToArray();

    /// <summary>Reads a query page's response body, UTF-8 JSON of the form <c>{"value":[entity…]}</c>, to its end.</summary>
    public delegate ValueTask PageHandler(Stream utf8Json, CancellationToken cancellationToken);

    /// <summary>Adds this policy to table client options, once per call (outside the retries).</summary>
    public static TableClientOptions AddTo(TableClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(new TableQueryPageCapture(), HttpPipelinePosition.PerCall);
        return options;
    }

    /// <summary>
    /// Sends the pages of queries made in this async flow, until disposed, to <paramref name="handler"/>, when the client
    /// has this policy (<see cref="AddTo"/>); otherwise they arrive as entities as usual.
    /// </summary>
    public static IDisposable Scope(PageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return HttpPipeline.CreateHttpMessagePropertiesScope(new Dictionary<string, object?> { [HandlerProperty] = handler });
    }

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var handler = Prepare(message);
        ProcessNext(message, pipeline);
        if (handler is not null)
        {
            // The SDK's synchronous query methods; the handler reads asynchronously (the read model uses the asynchronous ones).
            HandOverAsync(message, handler).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var handler = Prepare(message);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (handler is not null)
        {
            await HandOverAsync(message, handler).ConfigureAwait(false);
        }
    }

    // The scope's handler when the message is a query made in a scope, its response then left unbuffered for it.
    private static PageHandler? Prepare(HttpMessage message)
    {
        var handler = HandlerOf(message);
        if (handler is not null)
        {
            message.BufferResponse = false;
        }

        return handler;
    }

    private static async ValueTask HandOverAsync(HttpMessage message, PageHandler handler)
    {
        if (message.Response.ContentStream is not { } body)
        {
            return;
        }

        await using (body.ConfigureAwait(false))
        {
            if (message.Response.Status == 200)
            {
                await handler(body, message.CancellationToken).ConfigureAwait(false);
                message.Response.ContentStream = new MemoryStream(EmptyPage, writable: false);
            }
            else
            {
                // A failure reaches the SDK buffered, as usual, to become its RequestFailedException.
                var copy = new MemoryStream();
                await body.CopyToAsync(copy, message.CancellationToken).ConfigureAwait(false);
                copy.Position = 0;
                message.Response.ContentStream = copy;
            }
        }
    }

    // A query is a GET of "{table}()"; a point read, also a GET, names its keys in the parentheses and keeps its entity.
    private static PageHandler? HandlerOf(HttpMessage message) =>
        message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.EndsWith("()", StringComparison.Ordinal)
        && message.TryGetProperty(HandlerProperty, out var value) ? value as PageHandler : null;
}
