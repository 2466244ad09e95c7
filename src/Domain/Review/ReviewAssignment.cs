namespace XjKeji.Domain.Review;

/// <summary>One expert assigned to review one application.</summary>
/// <param name="ProjectId">The application's project id.</param>
/// <param name="ExpertId">The expert.</param>
/// <param name="Match">How the expert's expertise fits the application.</param>
public sealed record ReviewAssignment(string ProjectId, string ExpertId, FieldMatch Match);
