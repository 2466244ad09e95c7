using System.Net;
using System.Net.Sockets;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>Free-port picking and readiness probing on 127.0.0.1, for the local processes we start.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// Returns <paramref name="count"/> distinct ports the OS reports free right now. All listeners are held until every
    /// port is read, so the ports differ from each other; another process can still take one before it is used,
    /// which is why callers retry on a bind collision.
    /// </summary>
    public static int[] PickFree(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    /// <summary>Whether something accepts a TCP connection on 127.0.0.1:<paramref name="port"/> within the timeout.</summary>
    public static async Task<bool> AcceptsConnectionAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
