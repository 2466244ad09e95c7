using System.Diagnostics;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// Kills LocalHost with SIGKILL at seeded random moments until stopped, starting it again each time. The first kill of
/// a round comes within seconds so that even a short round has one; later ones come 5 s to
/// <see cref="FaultSettings.LongestPauseBetweenKills"/> after the host is back. Not much sooner: messages the killed
/// process had taken stay invisible for the visibility timeout (5 s here), and a host killed faster than it recovers
/// tests nothing more, only slower.
/// </summary>
internal sealed class HostKiller(FaultHost host, Random random, TimeSpan longestPause)
{
    private readonly List<TimeSpan> _downtimes = [];

    public int Kills => _downtimes.Count;

    /// <summary>Wall time from each kill until the restarted host answered its health check.</summary>
    public IReadOnlyList<TimeSpan> Downtimes => _downtimes;

    /// <summary>Kills and restarts until <paramref name="stop"/> is cancelled; the host is running when it returns.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var pause = TimeSpan.FromMilliseconds(1000 + random.Next(5000));
        while (true)
        {
            try
            {
                await Task.Delay(pause, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var down = Stopwatch.StartNew();
            await host.KillAndRestartAsync();
            _downtimes.Add(down.Elapsed);
            pause = TimeSpan.FromMilliseconds(5000 + random.Next((int)Math.Max(1, longestPause.TotalMilliseconds - 5000)));
        }
    }
}
