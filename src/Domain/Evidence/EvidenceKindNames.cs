using XjKeji.Domain.Common;

namespace XjKeji.Domain.Evidence;

/// <summary>Chinese and English names of the evidence kinds, as shown in forms, refusals and manifests.</summary>
public static class EvidenceKindNames
{
    private static readonly Dictionary<EvidenceKind, BilingualText> Names = new()
    {
        [EvidenceKind.MidTermReport] = new("中期报告", "Mid-term report"),
        [EvidenceKind.AcceptanceReport] = new("验收报告", "Acceptance report"),
        [EvidenceKind.FinancialAudit] = new("财务审计报告", "Financial audit report"),
        [EvidenceKind.SignedContract] = new("合同", "Signed contract"),
        [EvidenceKind.AchievementProof] = new("成果证明", "Proof of achievement"),
        [EvidenceKind.IpCertificate] = new("知识产权证书", "IP certificate"),
        [EvidenceKind.TrainingRecord] = new("培训记录", "Training record"),
        [EvidenceKind.Other] = new("其它", "Other"),
    };

    /// <summary>The names of a kind.</summary>
    public static BilingualText Of(EvidenceKind kind) => Names.TryGetValue(kind, out var n) ? n : new(kind.ToString(), kind.ToString());
}
