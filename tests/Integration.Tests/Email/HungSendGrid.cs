using System.Net;
using System.Net.Sockets;

namespace XjKeji.Integration.Tests.Email;

/// <summary>
/// A SendGrid endpoint that accepts connections and never answers: a send against it is "in flight" until the caller
/// gives up, which is how a crashed attempt looks to the next one.
/// </summary>
internal sealed class HungSendGrid : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HungSendGrid()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Host => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Completes when the first request's connection is open (its outbox row is written by then).</summary>
    public Task Connected => _connected.Task;

    public void Dispose()
    {
        _listener.Stop();
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                lock (_held)
                {
                    _held.Add(client);
                }

                _connected.TrySetResult();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
