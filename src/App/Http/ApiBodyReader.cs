using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace XjKeji.App.Http;

/// <summary>Reads and checks a JSON body: content type, size cap, UTF-8, strict shape. Every failure is a 4xx problem.</summary>
internal static partial class ApiBodyReader
{
    public static async Task<(object? Body, byte[] Raw, ApiProblem? Problem)> ReadAsync(HttpRequest request, Type? bodyType, int maxBytes, CancellationToken ct)
    {
        var raw = await ReadCappedAsync(request, maxBytes, ct);
        if (raw is null)
        {
            return (null, [], ApiProblem.Of(413, "body-too-large", $"请求内容超过{maxBytes}字节上限", $"The body exceeds the {maxBytes}-byte limit"));
        }

        if (bodyType is null)
        {
            return raw.Length == 0 ? (null, raw, null) : (null, raw, ApiProblem.Of(400, "unexpected-body", "该操作不接受请求内容", "This operation takes no body"));
        }

        if (!IsJson(request.ContentType))
        {
            return (null, raw, ApiProblem.Of(415, "unsupported-media-type", "请求内容类型必须为 application/json（UTF-8）", "The content type must be application/json (UTF-8)"));
        }

        if (raw.Length == 0)
        {
            return (null, raw, ApiProblem.Of(400, "body-required", "缺少请求内容", "A JSON body is required"));
        }

        try
        {
            var body = JsonSerializer.Deserialize(raw, bodyType, ApiJson.Options);
            if (body is null)
            {
                return (null, raw, ApiProblem.Of(400, "body-required", "请求内容不能为 null", "The body cannot be null"));
            }

            return NullElementGuard.FindNull(body) is { } nullPath
                ? (null, raw, ApiProblem.Of(400, "null-element", "列表中不能有空值", "A list may not contain null", errors: [new ApiFieldError(nullPath, "null-element", "此处不能为空值", "This element cannot be null")]))
                : (body, raw, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? string.Empty : e.Path.TrimStart('$', '.');
            return (null, raw, ApiProblem.Of(400, "malformed-json", "请求内容不是有效的JSON，或字段类型、名称不符", "The body is not valid JSON for this operation (syntax, type, unknown or missing field)",
                detail: Describe(e, path),
                errors: [new ApiFieldError(path, "invalid-json", "该字段无法解析（语法、类型、未知或缺少字段）", "This field could not be read (syntax, type, unknown or missing field)")]));
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, raw, ApiProblem.Of(400, "malformed-json", "请求内容无法解析", "The body could not be read", detail: e.GetType().Name));
        }
    }

    /// <summary>The parser's explanation without the .NET type names it mentions (internals are not the caller's business).</summary>
    private static string Describe(JsonException e, string path)
    {
        var message = TypeName().Replace(e.Message.Split(" Path:", 2)[0], "the request");
        return $"{message} (at {(string.IsNullOrEmpty(path) ? "the document" : path)}, line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"'?(System|XjKeji)\.[\w.`\[\], ]+'?")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var charsetOk = !media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        return charsetOk && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
