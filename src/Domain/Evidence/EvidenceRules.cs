using System.Globalization;
using XjKeji.Domain.Validation;
using static XjKeji.Domain.Evidence.DetectedFileType;

namespace XjKeji.Domain.Evidence;

/// <summary>
/// Which detected types and sizes each evidence kind accepts. Reports are documents, certificates and contracts are
/// also accepted as scans (images), records may be spreadsheets or csv. Executables and unknown binaries never are:
/// in Azure, Defender for Storage scans uploads too, but locally these checks are the only gate.
/// </summary>
public sealed class EvidenceRules
{
    private const long MiB = 1024 * 1024;

    private readonly Dictionary<EvidenceKind, EvidenceRule> _rules;

    /// <summary>Creates rules from one rule per kind; a kind without a rule accepts nothing.</summary>
    public EvidenceRules(IReadOnlyDictionary<EvidenceKind, EvidenceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToDictionary(r => r.Key, r => r.Value);
    }

    /// <summary>The department's defaults.</summary>
    public static EvidenceRules Default { get; } = new(new Dictionary<EvidenceKind, EvidenceRule>
    {
        [EvidenceKind.MidTermReport] = Rule(50, Pdf, OfficeOpenXml, LegacyOffice),
        [EvidenceKind.AcceptanceReport] = Rule(50, Pdf, OfficeOpenXml, LegacyOffice),
        [EvidenceKind.FinancialAudit] = Rule(50, Pdf, OfficeOpenXml, LegacyOffice),
        [EvidenceKind.SignedContract] = Rule(20, Pdf, Png, Jpeg),
        [EvidenceKind.AchievementProof] = Rule(50, Pdf, Png, Jpeg, OfficeOpenXml, LegacyOffice),
        [EvidenceKind.IpCertificate] = Rule(20, Pdf, Png, Jpeg),
        [EvidenceKind.TrainingRecord] = Rule(50, Pdf, Png, Jpeg, OfficeOpenXml, LegacyOffice, Text),
        [EvidenceKind.Other] = Rule(50, Pdf, Png, Jpeg, OfficeOpenXml, LegacyOffice, Text),
    });

    /// <summary>The rule of a kind, or null when the kind accepts nothing.</summary>
    public EvidenceRule? For(EvidenceKind kind) => _rules.GetValueOrDefault(kind);

    /// <summary>The largest file any kind accepts: the upper bound for an upload slot.</summary>
    public long LargestMaxBytes => _rules.Count == 0 ? 0 : _rules.Values.Max(r => r.MaxBytes);

    /// <summary>A copy with the rule of one kind replaced (configuration overrides).</summary>
    public EvidenceRules With(EvidenceKind kind, EvidenceRule rule)
    {
        var copy = new Dictionary<EvidenceKind, EvidenceRule>(_rules) { [kind] = rule };
        return new EvidenceRules(copy);
    }

    /// <summary>Why a file of this detected type and size does not fit the kind, or null when it does.</summary>
    public ValidationProblem? Check(EvidenceKind kind, DetectedFileType detected, long sizeBytes)
    {
        var name = EvidenceKindNames.Of(kind);
        if (detected == Executable)
        {
            return ValidationProblem.Of("file", "executable", "文件是可执行程序，不能作为佐证材料上传", "The file is an executable program and cannot be evidence");
        }

        if (detected == Empty)
        {
            return ValidationProblem.Of("file", "empty", "文件为空", "The file is empty");
        }

        var rule = For(kind);
        if (rule is null)
        {
            return ValidationProblem.Of("kind", "not-accepted", $"不接受“{name.Zh}”类材料", $"Evidence of kind '{name.En}' is not accepted");
        }

        if (CheckSize(kind, sizeBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        if (!rule.AllowedTypes.Contains(detected))
        {
            var allowed = string.Join(", ", rule.AllowedTypes.Order().Select(FileTypeSniffer.Name));
            var actual = FileTypeSniffer.Name(detected);
            return ValidationProblem.Of("file", "type-not-allowed",
                $"文件实际类型为 {actual}，“{name.Zh}”只接受：{allowed}",
                $"The file is actually {actual}; '{name.En}' accepts only: {allowed}");
        }

        return null;
    }

    /// <summary>Why a file of this size is too large for the kind, or null when it is not (or the kind accepts nothing).</summary>
    public ValidationProblem? CheckSize(EvidenceKind kind, long sizeBytes)
    {
        if (For(kind) is not { } rule || sizeBytes <= rule.MaxBytes)
        {
            return null;
        }

        var name = EvidenceKindNames.Of(kind);
        var mb = (rule.MaxBytes / (double)MiB).ToString("0.#", CultureInfo.InvariantCulture);
        return ValidationProblem.Of("file", "too-large", $"“{name.Zh}”文件不能超过{mb} MB", $"A '{name.En}' file may be at most {mb} MB");
    }

    private static EvidenceRule Rule(long maxMiB, params DetectedFileType[] types) => new(new HashSet<DetectedFileType>(types), maxMiB * MiB);
}
