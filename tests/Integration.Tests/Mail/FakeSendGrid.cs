using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Integration.Tests.Mail;

/// <summary>A stand-in for the SendGrid API on a free loopback port: records each request body and answers 202 (or a set status).</summary>
internal sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeSendGrid()
    {
        Port = LoopbackPorts.PickFree(1)[0];
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Host => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<(string Path, string Authorization, JsonElement Body)> Requests { get; } = new();

    public int StatusToAnswer { get; set; } = 202;

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, System.Text.Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"] ?? string.Empty, JsonDocument.Parse(text).RootElement.Clone()));
            context.Response.StatusCode = StatusToAnswer;
            context.Response.Close();
        }
    }
}
