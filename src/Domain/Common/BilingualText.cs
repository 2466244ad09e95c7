namespace XjKeji.Domain.Common;

/// <summary>A text shown to users in Chinese first, with its English counterpart for the English switch.</summary>
/// <param name="Zh">The Chinese text (the authoritative one).</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Zh, string En)
{
    /// <inheritdoc />
    public override string ToString() => $"{Zh} ({En})";
}
