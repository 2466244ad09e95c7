using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Digest;

namespace XjKeji.Functions.Digest;

/// <summary>The officers' daily deadline digest at 08:00 Beijing time (00:00 UTC).</summary>
public sealed class OfficerDigestFunction(OfficerDigest digest)
{
    /// <summary>Sends the day's digest; the email's key is the date, so a doubled timer sends one.</summary>
    [Function(nameof(OfficerDeadlineDigest))]
    public Task<int> OfficerDeadlineDigest([TimerTrigger("0 0 0 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        digest.SendAsync(cancellationToken);
}
