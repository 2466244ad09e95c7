namespace XjKeji.Domain.Programs;

/// <summary>The programs (计划) of the Regional Collaborative Innovation Special Fund (自治区区域协同创新专项).</summary>
public enum ProgramCode
{
    /// <summary>S&amp;T Aid to Xinjiang (科技援疆计划).</summary>
    AidXinjiang = 1,

    /// <summary>SCO S&amp;T Partnership and International Cooperation (上海合作组织科技伙伴计划及国际科技合作计划).</summary>
    ScoPartnership = 2,
}
