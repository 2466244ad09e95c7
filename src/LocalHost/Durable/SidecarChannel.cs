using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace XjKeji.LocalHost.Durable;

/// <summary>
/// The gRPC channel the Durable Task worker and client share to reach the in-process sidecar. The sidecar binds
/// 127.0.0.1:0 so it can never collide with another process; its real port is only known once it listens, so the
/// channel connects through a callback that waits for <see cref="Publish"/> instead of a fixed address.
/// </summary>
internal sealed class SidecarChannel : IDisposable
{
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SidecarChannel()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            // The worker holds one long-lived work-item stream; other calls should not queue behind it.
            EnableMultipleHttp2Connections = true,
        };

        // The host name is a placeholder for the :authority header; the callback decides where to connect.
        Channel = GrpcChannel.ForAddress(
            "http://durable-sidecar",
            new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    public GrpcChannel Channel { get; }

    /// <summary>Tells the channel where the sidecar listens; connections wait until this is called.</summary>
    public void Publish(int port) => _port.TrySetResult(port);

    public void Dispose() => Channel.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var port = await _port.Task.WaitAsync(cancellationToken);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
