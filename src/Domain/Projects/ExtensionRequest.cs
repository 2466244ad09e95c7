namespace XjKeji.Domain.Projects;

/// <summary>A pending request to extend the execution period.</summary>
/// <param name="RequestedAt">When it was requested.</param>
/// <param name="Months">Months asked for.</param>
/// <param name="Reason">The applicant's reason.</param>
public sealed record ExtensionRequest(DateTimeOffset RequestedAt, int Months, string Reason);
