using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Integration.Tests.Fixtures;

/// <summary>Azurite readiness rests on its own "listening" lines, not on a port that any process could be holding.</summary>
public sealed class ListeningAnnouncementsTests
{
    [Fact]
    public void Records_only_the_ports_Azurite_says_it_listens_on()
    {
        var listening = new ListeningAnnouncements();
        listening.Observe("Azurite Blob service is starting at http://127.0.0.1:41001");
        listening.Observe("Azurite Queue service is successfully listening at http://127.0.0.1:41002");
        listening.Observe(null);
        listening.Observe("Error: listen EADDRINUSE: address already in use 127.0.0.1:41003");

        Assert.False(listening.Announced(41001));
        Assert.True(listening.Announced(41002));
        Assert.False(listening.Announced(41003));
    }
}
