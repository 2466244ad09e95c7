namespace XjKeji.Domain.Programs;

/// <summary>How a category's money is shared among the funded projects.</summary>
public enum AllocationMethod
{
    /// <summary>An amount around the category's typical figure per project (A: about 800k, B: about 400k).</summary>
    AroundTypicalAmount = 1,

    /// <summary>Within the range, in order of expert score (category C: 按照专家评分高低).</summary>
    ByExpertScoreRank = 2,

    /// <summary>Within the range, by the officer's decision after review (SCO key and general).</summary>
    WithinRange = 3,
}
