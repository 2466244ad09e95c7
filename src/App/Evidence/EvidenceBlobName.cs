using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Evidence;

/// <summary>
/// The blob name of an evidence file, <c>{projectId}/{stage}/{guid}/{safe file name}</c>. The processor learns the
/// project and stage from the name alone (a blob trigger gives only the name); the guid makes every upload its own blob,
/// so a second upload of <c>报告.pdf</c> never overwrites the first.
/// </summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Stage">The stage uploaded for.</param>
/// <param name="UploadId">The upload's own id.</param>
/// <param name="FileName">The safe file name.</param>
public sealed record EvidenceBlobName(string ProjectId, ProjectStage Stage, Guid UploadId, string FileName)
{
    /// <summary>Longest file name kept, in characters; longer names are cut before the extension.</summary>
    public const int MaxFileNameLength = 100;

    /// <summary>The full blob name.</summary>
    public override string ToString() => $"{ProjectId}/{Stage}/{UploadId:N}/{FileName}";

    /// <summary>Parses a blob name made by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? blobName, [NotNullWhen(true)] out EvidenceBlobName? name)
    {
        name = null;
        var parts = blobName?.Split('/');
        if (parts is not { Length: 4 } || parts[0].Length == 0 || parts[3].Length == 0
            || !Enum.TryParse<ProjectStage>(parts[1], ignoreCase: false, out var stage) || !Enum.IsDefined(stage)
            || parts[1].Any(char.IsDigit) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return false;
        }

        name = new EvidenceBlobName(parts[0], stage, id, parts[3]);
        return true;
    }

    /// <summary>
    /// A file name safe in a blob name and a download header: no path, letters (Chinese included), digits and
    /// <c>. - _</c> kept, anything else replaced by <c>_</c>, at most <see cref="MaxFileNameLength"/> characters.
    /// </summary>
    public static string SafeFileName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim().Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            var keep = char.IsLetterOrDigit(c) || c is '.' or '-' or '_' || category is UnicodeCategory.NonSpacingMark;
            sb.Append(keep && !char.IsSurrogate(c) ? c : '_');
        }

        var safe = sb.ToString().TrimStart('.');
        if (safe.Length == 0)
        {
            safe = "file";
        }

        if (safe.Length > MaxFileNameLength)
        {
            var dot = safe.LastIndexOf('.');
            var ext = dot > 0 && safe.Length - dot <= 10 ? safe[dot..] : string.Empty;
            safe = safe[..(MaxFileNameLength - ext.Length)] + ext;
        }

        return safe;
    }
}
