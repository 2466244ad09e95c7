using XjKeji.Domain.Credit;

namespace XjKeji.Domain.Review;

/// <summary>What besides the experts and applications decides eligibility: past co-applications, misconduct findings, and when.</summary>
/// <param name="History">Who applied together before.</param>
/// <param name="Misconduct">Misconduct findings; those against an expert in force at <paramref name="AsOf"/> remove reviewer status.</param>
/// <param name="AsOf">When the assignment is made.</param>
public sealed record ReviewContext(CoApplicationHistory History, IReadOnlyList<MisconductFinding> Misconduct, DateTimeOffset AsOf);
