using System.Text.Json;
using Azure.Data.Tables;
using XjKeji.Domain.Common;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;
using XjKeji.Infrastructure.Storage;

namespace XjKeji.Infrastructure.Blobs;

/// <summary>Maps evidence records and hash-index entries to table entities and back.</summary>
internal static class EvidenceRows
{
    public static string Partition(string projectId) => TableKeys.Escape(projectId);

    public static string Row(string blobName) => TableKeys.Escape(blobName);

    /// <summary>Hash index partition: the first two hex digits spread the index over 256 partitions.</summary>
    public static string HashPartition(string sha256) => sha256[..2];

    public static string HashRow(string sha256, string blobName) => $"{sha256}|{TableKeys.Escape(blobName)}";

    public static TableEntity ToEntity(EvidenceRecord r) => new(Partition(r.ProjectId), Row(r.BlobName))
    {
        ["ProjectId"] = r.ProjectId,
        ["BlobName"] = r.BlobName,
        ["FileName"] = r.FileName,
        ["Kind"] = r.Kind.ToString(),
        ["Stage"] = r.Stage.ToString(),
        ["InstitutionId"] = r.InstitutionId,
        ["UploaderId"] = r.UploaderId,
        ["UploaderName"] = r.UploaderName,
        ["UploadedAt"] = r.UploadedAt.ToUniversalTime(),
        ["Status"] = r.Status.ToString(),
        ["Sha256"] = r.Sha256,
        ["SizeBytes"] = r.SizeBytes,
        ["DetectedType"] = r.DetectedType.ToString(),
        ["ProcessedAt"] = r.ProcessedAt?.ToUniversalTime(),
        ["RejectionZh"] = r.RejectionReason?.Zh,
        ["RejectionEn"] = r.RejectionReason?.En,
        ["DuplicateOf"] = JsonSerializer.Serialize(r.DuplicateOf),
        ["DuplicateAcrossInstitutions"] = r.DuplicateAcrossInstitutions,
    };

    public static EvidenceRecord FromEntity(TableEntity e)
    {
        var zh = e.GetString("RejectionZh");
        return new EvidenceRecord(e.GetString("ProjectId"), e.GetString("BlobName"), e.GetString("FileName"),
            Enum.Parse<EvidenceKind>(e.GetString("Kind")), Enum.Parse<ProjectStage>(e.GetString("Stage")), e.GetString("InstitutionId"),
            e.GetString("UploaderId"), e.GetString("UploaderName"), e.GetDateTimeOffset("UploadedAt") ?? default, Enum.Parse<EvidenceStatus>(e.GetString("Status")))
        {
            Sha256 = e.GetString("Sha256"),
            SizeBytes = e.GetInt64("SizeBytes"),
            DetectedType = Enum.TryParse<DetectedFileType>(e.GetString("DetectedType"), out var t) ? t : DetectedFileType.Unknown,
            ProcessedAt = e.GetDateTimeOffset("ProcessedAt"),
            RejectionReason = zh is null ? null : new BilingualText(zh, e.GetString("RejectionEn") ?? zh),
            DuplicateOf = JsonSerializer.Deserialize<string[]>(e.GetString("DuplicateOf") ?? "[]") ?? [],
            DuplicateAcrossInstitutions = e.GetBoolean("DuplicateAcrossInstitutions") ?? false,
        };
    }

    public static TableEntity ToHashEntity(EvidenceRecord r) => new(HashPartition(r.Sha256!), HashRow(r.Sha256!, r.BlobName))
    {
        ["Sha256"] = r.Sha256,
        ["ProjectId"] = r.ProjectId,
        ["InstitutionId"] = r.InstitutionId,
        ["BlobName"] = r.BlobName,
    };

    public static EvidenceHashEntry FromHashEntity(TableEntity e) =>
        new(e.GetString("Sha256"), e.GetString("ProjectId"), e.GetString("InstitutionId"), e.GetString("BlobName"));
}
