namespace XjKeji.App.Http;

/// <summary>What a handler answers: a status, an optional JSON body, and optional headers (ETag, Location).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body, serialised with <see cref="ApiJson.Options"/>; null for none.</param>
/// <param name="ETag">ETag header of the resource, if any.</param>
/// <param name="Location">Location header, if any.</param>
public sealed record ApiResult(int Status, object? Body = null, string? ETag = null, string? Location = null)
{
    /// <summary>200 with a body.</summary>
    public static ApiResult Ok(object? body, string? etag = null) => new(200, body, etag);

    /// <summary>201 with a body and its location.</summary>
    public static ApiResult Created(object? body, string location, string? etag = null) => new(201, body, etag, location);

    /// <summary>A problem.</summary>
    public static ApiResult Problem(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Status, problem);
    }
}

/// <summary>A body already serialised (a remembered answer), written byte for byte.</summary>
/// <param name="Json">The JSON text.</param>
public sealed record RawJson(string Json);

/// <summary>A non-JSON body (a CSV download), written as is with its content type.</summary>
/// <param name="ContentType">The media type with charset.</param>
/// <param name="Bytes">The content.</param>
public sealed record FileBody(string ContentType, byte[] Bytes);
