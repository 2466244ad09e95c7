namespace XjKeji.Domain.Evidence;

/// <summary>What an evidence file (佐证材料) is meant to prove; decides which file types and sizes are accepted.</summary>
public enum EvidenceKind
{
    /// <summary>中期报告 the mid-term report.</summary>
    MidTermReport = 1,

    /// <summary>验收报告 the acceptance (final) report.</summary>
    AcceptanceReport = 2,

    /// <summary>财务审计报告 the financial audit report.</summary>
    FinancialAudit = 3,

    /// <summary>合同 the signed contract (任务书).</summary>
    SignedContract = 4,

    /// <summary>成果证明 proof of an achievement (papers, awards, application certificates).</summary>
    AchievementProof = 5,

    /// <summary>知识产权证书 an intellectual-property certificate (patent, software copyright).</summary>
    IpCertificate = 6,

    /// <summary>培训记录 a training record (attendance lists, photos).</summary>
    TrainingRecord = 7,

    /// <summary>其它 anything else.</summary>
    Other = 8,
}
