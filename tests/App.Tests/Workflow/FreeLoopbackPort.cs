namespace XjKeji.App.Tests.Workflow;

/// <summary>Starts an in-memory Durable Task host on a free loopback port.</summary>
internal static class FreeLoopbackPort
{
    /// <summary>
    /// Calls <paramref name="start"/> with a free port; a port found free can be taken before the host binds it (parallel
    /// test processes), so a bind failure tries another, up to five times.
    /// </summary>
    public static async Task<T> StartAsync<T>(Func<int, Task<T>> start)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start(Find());
            }
            catch (IOException) when (attempt < 5)
            {
            }
        }
    }

    private static int Find()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
