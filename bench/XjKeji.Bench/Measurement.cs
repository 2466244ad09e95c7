namespace XjKeji.Bench;

/// <summary>
/// One measured figure with the baseline it should be read against, measured in the same run, and the target when the
/// issue set one. <see cref="Met"/> is null when there is no target.
/// </summary>
public sealed record Measurement(
    string Benchmark,
    string Figure,
    double Value,
    string Unit,
    string? Baseline = null,
    double? BaselineValue = null,
    string? BaselineUnit = null,
    string? Target = null,
    bool? Met = null,
    string? Note = null);
