namespace XjKeji.Domain.Reporting;

/// <summary>年度总体目标: the year's overall goal as planned and what was achieved, in the officer's words.</summary>
/// <param name="Expected">预期目标.</param>
/// <param name="Achieved">实际完成情况.</param>
public sealed record OverallGoal(string Expected, string Achieved);
