using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using XjKeji.App.Http;

namespace XjKeji.Bench;

/// <summary>A lean HTTP client for load: one caller's bearer token, the API's JSON options, the latency of each call.</summary>
public sealed class BenchApi(Uri baseAddress, string token, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>How long one request may take (60 s unless set before the first request).</summary>
    public TimeSpan Timeout
    {
        get => _http.Timeout;
        set => _http.Timeout = value;
    }

    /// <summary>Sends a GET; returns status and the body's bytes as received, for answers too large to parse for nothing.</summary>
    public async Task<(HttpStatusCode Status, byte[] Body)> GetBytesAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Sends one request; returns status, parsed body (when JSON) and the elapsed milliseconds.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body, double Milliseconds)> SendAsync(HttpMethod method, string path, object? body = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        }

        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        var json = bytes.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonDocument.Parse(bytes).RootElement.Clone()
            : default;
        return (response.StatusCode, json, clock.Elapsed.TotalMilliseconds);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
