namespace XjKeji.App.Http;

/// <summary>
/// HTTP ETags are quoted strings. Storage ETags are either already weak-quoted (<c>W/"…"</c>, as Table storage returns
/// them) and pass through, or plain and get quotes, which <see cref="Unquote"/> takes off again.
/// </summary>
public static class HttpETags
{
    /// <summary>The header form of a storage ETag.</summary>
    public static string Quote(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return etag.StartsWith("W/", StringComparison.Ordinal) ? etag : $"\"{etag}\"";
    }

    /// <summary>The storage ETag named by an If-Match header value.</summary>
    public static string? Unquote(string? ifMatch) =>
        ifMatch is { Length: >= 2 } && ifMatch[0] == '"' && ifMatch[^1] == '"' ? ifMatch[1..^1] : ifMatch;
}
