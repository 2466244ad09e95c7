using XjKeji.Domain.Common;

namespace XjKeji.Domain.Review;

/// <summary>One criterion of expert review with its weight (points out of 100 the criterion contributes).</summary>
/// <param name="Code">Stable code used as the key on score sheets, e.g. <c>innovation</c>.</param>
/// <param name="Name">Chinese and English names, e.g. 创新性.</param>
/// <param name="Weight">Weight; the weights of a set sum to 100.</param>
public sealed record ReviewCriterion(string Code, BilingualText Name, int Weight);
