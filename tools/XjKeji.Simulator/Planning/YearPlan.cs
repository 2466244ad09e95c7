using XjKeji.Domain.Programs;

namespace XjKeji.Simulator.Planning;

/// <summary>The simulated year laid out before it runs: calls, applications, and the carried-over import file.</summary>
/// <param name="Calls">One call per program.</param>
/// <param name="Applications">Every application, funded and declined, in filing order.</param>
/// <param name="CarriedOverCsv">The carried-over projects as the officer's CSV file (UTF-8), or null when there are none.</param>
/// <param name="CarriedOverCount">Rows of that file.</param>
public sealed record YearPlan(IReadOnlyList<AnnualCall> Calls, IReadOnlyList<PlannedApplication> Applications, string? CarriedOverCsv, int CarriedOverCount);
