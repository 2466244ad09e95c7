using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using XjKeji.App.Http;
using XjKeji.App.Http.Identity;
using XjKeji.Domain.Projects;

namespace XjKeji.Integration.Tests.Http;

/// <summary>Talks to a running host over real HTTP as one caller, with the API's own JSON options.</summary>
internal sealed class ApiClient(Uri baseAddress, string? token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static ApiClient As(Uri baseAddress, DevTokens tokens, Actor actor) => new(baseAddress, tokens.Issue(actor, DateTimeOffset.UtcNow.AddHours(2)));

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (k, v) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, text, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType);
    }

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    /// <summary>Sends raw bytes with any content type, for the bad-input suite.</summary>
    public async Task<ApiResponse> SendRawAsync(HttpMethod method, string path, byte[]? body, string? contentType, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (k, v) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await _http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.Delta);
    }

    public Task<ApiResponse> PostAsync(string path, object? body = null, string? idempotencyKey = null, string? ifMatch = null) =>
        SendAsync(HttpMethod.Post, path, body, Headers(idempotencyKey, ifMatch));

    public Task<ApiResponse> PutAsync(string path, object body, string? ifMatch = null) => SendAsync(HttpMethod.Put, path, body, Headers(null, ifMatch));

    public void Dispose() => _http.Dispose();

    private static Dictionary<string, string> Headers(string? idempotencyKey, string? ifMatch)
    {
        var h = new Dictionary<string, string>();
        if (idempotencyKey is not null)
        {
            h["Idempotency-Key"] = idempotencyKey;
        }

        if (ifMatch is not null)
        {
            h["If-Match"] = ifMatch;
        }

        return h;
    }
}

/// <summary>A response: status, body text, ETag and media type.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string Body, string? ETag, string? MediaType, TimeSpan? RetryAfter = null)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public T As<T>() => JsonSerializer.Deserialize<T>(Body, ApiJson.Options)!;

    public ApiResponse Ensure(HttpStatusCode expected) =>
        Status == expected ? this : throw new Xunit.Sdk.XunitException($"Expected {(int)expected} but got {(int)Status}: {Body}");
}
