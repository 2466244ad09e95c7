namespace XjKeji.App.Time;

/// <summary>
/// Business time = <see cref="ClockOptions.BusinessOrigin"/> + (wall − <see cref="ClockOptions.WallOrigin"/>) × <see cref="ClockOptions.Scale"/>.
/// With scale 1 and equal origins it is the wall clock. The origins are configuration, not process start, so a host
/// restarted mid-run (crash tests) keeps the same mapping.
/// </summary>
public sealed class ScaledBusinessClock : IBusinessClock
{
    private readonly TimeProvider _wall;
    private readonly ClockOptions _options;

    /// <summary>Creates the clock.</summary>
    public ScaledBusinessClock(ClockOptions options, TimeProvider wall)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _wall = wall ?? throw new ArgumentNullException(nameof(wall));
        if (options.Scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scale, "The clock scale must be positive.");
        }
    }

    /// <summary>The wall clock, unscaled.</summary>
    public static ScaledBusinessClock RealTime { get; } = new(new ClockOptions(), TimeProvider.System);

    /// <inheritdoc />
    public DateTimeOffset Now => ToBusiness(_wall.GetUtcNow().UtcDateTime);

    /// <inheritdoc />
    public DateTime ToWallUtc(DateTimeOffset businessInstant)
    {
        var businessElapsed = businessInstant - _options.BusinessOrigin;
        var wallTicks = (long)Math.Round(businessElapsed.Ticks / _options.Scale);
        return _options.WallOrigin.UtcDateTime.AddTicks(wallTicks);
    }

    /// <inheritdoc />
    public DateTimeOffset ToBusiness(DateTime wallUtc)
    {
        var wallElapsed = DateTime.SpecifyKind(wallUtc, DateTimeKind.Utc) - _options.WallOrigin.UtcDateTime;
        return _options.BusinessOrigin.AddTicks((long)Math.Round(wallElapsed.Ticks * _options.Scale)).ToUniversalTime();
    }
}

/// <summary>How business time maps to wall time. Defaults: the wall clock itself.</summary>
public sealed record ClockOptions
{
    /// <summary>Business seconds per wall second (86,400 makes a day pass in a second).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The wall instant at which business time equals <see cref="BusinessOrigin"/>.</summary>
    public DateTimeOffset WallOrigin { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>The business instant at <see cref="WallOrigin"/>.</summary>
    public DateTimeOffset BusinessOrigin { get; init; } = DateTimeOffset.UnixEpoch;
}
