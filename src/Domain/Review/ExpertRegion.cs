namespace XjKeji.Domain.Review;

/// <summary>Where an expert works: in Xinjiang (区内) or outside it (区外). Panels for joint in- and out-of-region projects may want both.</summary>
public enum ExpertRegion
{
    /// <summary>区内: works in Xinjiang.</summary>
    InXinjiang = 1,

    /// <summary>区外: works outside Xinjiang.</summary>
    OutsideXinjiang = 2,
}
