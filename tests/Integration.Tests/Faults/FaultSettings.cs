using System.Globalization;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// Size of the kill -9 fault test, from environment variables so CI runs it small and the full size is one command:
/// <c>XJ_FAULT_LIFECYCLES</c> (per round), <c>XJ_FAULT_ROUNDS</c>, <c>XJ_FAULT_SEED</c>, <c>XJ_FAULT_DAY_MS</c>
/// (wall milliseconds per business day) and <c>XJ_FAULT_KILL_EVERY_S</c> (longest pause between kills, at least 6).
/// </summary>
internal sealed record FaultSettings(int LifecyclesPerRound, int Rounds, int Seed, TimeSpan BusinessDay, TimeSpan LongestPauseBetweenKills)
{
    /// <summary>The CI size: small enough for the default test run, big enough that kills hit every kind of step.</summary>
    public static FaultSettings FromEnvironment()
    {
        var seedText = Environment.GetEnvironmentVariable("XJ_FAULT_SEED");
        return new FaultSettings(
            Int("XJ_FAULT_LIFECYCLES", 16),
            Int("XJ_FAULT_ROUNDS", 2),
            string.IsNullOrWhiteSpace(seedText) ? Random.Shared.Next(1, 1_000_000) : int.Parse(seedText, CultureInfo.InvariantCulture),
            TimeSpan.FromMilliseconds(Int("XJ_FAULT_DAY_MS", 100)),
            TimeSpan.FromSeconds(Math.Max(6, Int("XJ_FAULT_KILL_EVERY_S", 30))));
    }

    /// <summary>How often a waiting driver re-reads its project: slower with more lifecycles so polling stays a small load.</summary>
    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(Math.Clamp(LifecyclesPerRound * 5, 250, 1500));

    /// <summary>
    /// Longest a round may take before the test fails with the stuck lifecycles listed: generous, because on a loaded
    /// machine every restart and every redelivered message takes longer, and a slow round is not a wrong one.
    /// </summary>
    public TimeSpan RoundTimeout => TimeSpan.FromSeconds(300 + (LifecyclesPerRound * 3)) + (BusinessDay * 400);

    private static int Int(string name, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be positive");
    }
}
