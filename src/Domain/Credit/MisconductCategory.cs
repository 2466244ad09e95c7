namespace XjKeji.Domain.Credit;

/// <summary>The categories of research misconduct recorded on a credit record (《科研失信行为调查处理规则》 2022).</summary>
public enum MisconductCategory
{
    /// <summary>抄袭、剽窃 plagiarism.</summary>
    Plagiarism = 1,

    /// <summary>伪造、篡改数据 fabricated or falsified data.</summary>
    FabricatedOrFalsifiedData = 2,

    /// <summary>代写、代投、买卖 ghost-written or bought work.</summary>
    GhostwrittenOrBoughtWork = 3,

    /// <summary>虚构职称、简历或研究基础 false titles, CV or research basis.</summary>
    FalseCredentials = 4,

    /// <summary>违反科研伦理 ethics breaches.</summary>
    EthicsBreach = 5,

    /// <summary>评审中请托、说情、输送利益 lobbying or favours in review.</summary>
    ReviewLobbying = 6,
}
