namespace XjKeji.Domain.Programs;

/// <summary>The funding categories (类别) of each program; each has its own funding rule.</summary>
public enum CategoryCode
{
    /// <summary>AidXinjiang A: recommended jointly by a prefecture government and an aid front command (地州市政府和援疆前指共同推荐).</summary>
    AidXinjiangA = 1,

    /// <summary>AidXinjiang B: one of the 35 national poverty counties (国家级贫困县).</summary>
    AidXinjiangB = 2,

    /// <summary>AidXinjiang C: technology innovation and achievement transfer (技术创新和成果转移转化), joint in- and out-of-region teams.</summary>
    AidXinjiangC = 3,

    /// <summary>ScoPartnership key project (重点项目).</summary>
    ScoKey = 11,

    /// <summary>ScoPartnership general project (一般项目).</summary>
    ScoGeneral = 12,
}
