namespace XjKeji.Domain.Reporting;

/// <summary>偏差原因分析及改进措施: why a row missed its target and what will be done about it.</summary>
/// <param name="IndicatorCode">The catalog indicator.</param>
/// <param name="Reason">偏差原因 the cause of the deviation.</param>
/// <param name="Improvement">改进措施 the improvement measure.</param>
public sealed record DeviationExplanation(string IndicatorCode, string Reason, string Improvement)
{
    /// <summary>True when both the reason and the measure are written; a row needs both.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Reason) && !string.IsNullOrWhiteSpace(Improvement);

    /// <summary>The text of the table's last column: reason, then measure.</summary>
    public string Text => $"原因：{Reason.Trim()}；措施：{Improvement.Trim()}";
}
