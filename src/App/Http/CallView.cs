using XjKeji.Domain.Programs;

namespace XjKeji.App.Http;

/// <summary>A call and whether it is open now.</summary>
/// <param name="Call">The call.</param>
/// <param name="IsOpen">True when applications are accepted now.</param>
public sealed record CallView(AnnualCall Call, bool IsOpen);
