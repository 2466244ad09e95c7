using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using XjKeji.App.Http;

namespace XjKeji.Simulator.Driving;

/// <summary>One caller of the API: a bearer token, the API's JSON options, and answers checked against what was expected.</summary>
public sealed class SimClient(HttpClient http, string? token)
{
    /// <summary>Sends a request and returns the JSON answer; anything but <paramref name="expected"/> throws with the problem body.</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var (status, json, text) = await TrySendAsync(method, path, body, idempotencyKey, cancellationToken);
        return status == expected ? json : throw new SimulationException($"{method} {path} answered {(int)status}, expected {(int)expected}: {text}");
    }

    /// <summary>Sends a request; a 503 (storage briefly unavailable) is retried after its Retry-After, up to five times.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Json, string Text)> TrySendAsync(HttpMethod method, string path, object? body = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 5)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
                ? JsonDocument.Parse(text).RootElement.Clone()
                : default;
            return (response.StatusCode, json, text);
        }
    }

    /// <summary>GETs raw bytes (report downloads).</summary>
    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode ? bytes : throw new SimulationException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
    }
}

/// <summary>The simulated year could not go on: what was asked, and what the system answered.</summary>
public sealed class SimulationException(string message) : Exception(message);
