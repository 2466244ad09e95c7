using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Evidence;

/// <summary>
/// The list of a project's evidence files with their hashes, for the officer's file and for anyone who must later show
/// that a file is the one submitted: JSON for programs, CSV for Excel.
/// </summary>
public static class EvidenceManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese file names stay readable in the JSON instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] CsvHeader = ["文件名 File name", "类别 Kind", "阶段 Stage", "SHA-256", "大小(字节) Size (bytes)", "上传时间(北京时间) Uploaded at (Beijing)", "状态 Status"];

    /// <summary>The manifest as JSON: the project id and one entry per file, oldest first.</summary>
    public static string ToJson(string projectId, IEnumerable<EvidenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var files = Ordered(records).Select(r => new
        {
            r.BlobName,
            r.FileName,
            r.Kind,
            Stage = r.Stage,
            r.Sha256,
            r.SizeBytes,
            DetectedType = r.Status == EvidenceStatus.Pending ? null : FileTypeSniffer.Name(r.DetectedType),
            UploadedAt = ChinaStandardTime.ToChina(r.UploadedAt),
            r.Status,
            RejectionReason = r.RejectionReason?.Zh,
            r.DuplicateAcrossInstitutions,
        });
        return JsonSerializer.Serialize(new { projectId, files }, Json);
    }

    /// <summary>The manifest as CSV text (no BOM): a header row and one row per file, oldest first.</summary>
    public static string ToCsv(IEnumerable<EvidenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sb = new StringBuilder();
        AppendRow(sb, CsvHeader);
        foreach (var r in Ordered(records))
        {
            AppendRow(sb,
            [
                r.FileName,
                EvidenceKindNames.Of(r.Kind).Zh,
                StageNames.Of(r.Stage).Zh,
                r.Sha256 ?? string.Empty,
                r.SizeBytes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                ChinaStandardTime.ToChina(r.UploadedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                StatusName(r),
            ]);
        }

        return sb.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes with a BOM: without it Excel reads the file as ANSI and garbles Chinese.</summary>
    public static byte[] ToCsvBytes(IEnumerable<EvidenceRecord> records) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToCsv(records))];

    private static IEnumerable<EvidenceRecord> Ordered(IEnumerable<EvidenceRecord> records) =>
        records.OrderBy(r => r.UploadedAt).ThenBy(r => r.BlobName, StringComparer.Ordinal);

    private static string StatusName(EvidenceRecord r) => r.Status switch
    {
        EvidenceStatus.Accepted when r.DuplicateAcrossInstitutions => "已接收（与其他单位材料重复）",
        EvidenceStatus.Accepted => "已接收",
        EvidenceStatus.Rejected => "已拒收：" + r.RejectionReason?.Zh,
        _ => "待处理",
    };

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Field(fields[i]));
        }

        sb.Append("\r\n");
    }

    private static string Field(string value)
    {
        // A leading = + - @ would make Excel run the cell as a formula (CSV injection through a file name).
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
