namespace XjKeji.Integration.Tests.Email;

/// <summary>A clock the test sets, so "ten minutes later" needs no waiting.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
