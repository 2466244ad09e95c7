namespace XjKeji.App.Time;

/// <summary>
/// The time the business rules see. In production it is the wall clock. For the simulator and tests it runs faster
/// (a day in a second), so a two-year project finishes in minutes: business deadlines are mapped to wall-clock timer
/// times by <see cref="ToWallUtc"/>, and handlers stamp actions with <see cref="Now"/>.
/// </summary>
public interface IBusinessClock
{
    /// <summary>The current business instant.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The wall-clock UTC time at which a business instant occurs (for durable timers).</summary>
    DateTime ToWallUtc(DateTimeOffset businessInstant);

    /// <summary>The business instant that corresponds to a wall-clock UTC time (for orchestrations, which know only wall time).</summary>
    DateTimeOffset ToBusiness(DateTime wallUtc);
}
