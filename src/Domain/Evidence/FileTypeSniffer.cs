using System.Text.Unicode;

namespace XjKeji.Domain.Evidence;

/// <summary>
/// Tells a file's real type from its first bytes (magic numbers), so a renamed program is not taken for a PDF. The
/// file name is never consulted: it is what the uploader claims, not what the file is.
/// </summary>
public static class FileTypeSniffer
{
    /// <summary>How many leading bytes the sniffer needs; a processor keeps this many while streaming the rest.</summary>
    public const int HeadLength = 8192;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ElfMagic = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly byte[] PeMagic = "MZ"u8.ToArray();
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The detected type of a file.</summary>
    /// <param name="head">The file's first bytes (up to <see cref="HeadLength"/>; more are ignored).</param>
    /// <param name="totalLength">The file's full length, so a head cut inside a UTF-8 character is not called binary.</param>
    public static DetectedFileType Sniff(ReadOnlySpan<byte> head, long totalLength)
    {
        if (totalLength == 0 || head.IsEmpty)
        {
            return DetectedFileType.Empty;
        }

        if (head.Length > HeadLength)
        {
            head = head[..HeadLength];
        }

        // Programs first: whatever else the bytes might resemble, an executable is refused.
        if (head.StartsWith(PeMagic) || head.StartsWith(ElfMagic))
        {
            return DetectedFileType.Executable;
        }

        if (head.StartsWith(PdfMagic))
        {
            return DetectedFileType.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return DetectedFileType.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return DetectedFileType.Jpeg;
        }

        if (head.StartsWith(ZipMagic))
        {
            return DetectedFileType.OfficeOpenXml;
        }

        if (head.StartsWith(OleMagic))
        {
            return DetectedFileType.LegacyOffice;
        }

        return IsText(head, truncated: head.Length < totalLength) ? DetectedFileType.Text : DetectedFileType.Unknown;
    }

    private static bool IsText(ReadOnlySpan<byte> head, bool truncated)
    {
        if (head.StartsWith(Utf8Bom))
        {
            head = head[Utf8Bom.Length..];
        }

        foreach (var b in head)
        {
            // NUL and other C0 controls (except tab, LF, FF, CR) do not occur in csv or txt files; they mark binary data.
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                return false;
            }
        }

        if (Utf8.IsValid(head))
        {
            return true;
        }

        // A head cut off mid-file may end inside a multi-byte character (at most 3 of its bytes): drop them and retry.
        for (var cut = 1; truncated && cut <= 3 && cut < head.Length; cut++)
        {
            if (Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short name of a detected type for people and manifests, e.g. <c>pdf</c>.</summary>
    public static string Name(DetectedFileType type) => type switch
    {
        DetectedFileType.Pdf => "pdf",
        DetectedFileType.Png => "png",
        DetectedFileType.Jpeg => "jpeg",
        DetectedFileType.OfficeOpenXml => "docx/xlsx (zip)",
        DetectedFileType.LegacyOffice => "doc/xls",
        DetectedFileType.Text => "text",
        DetectedFileType.Executable => "executable",
        DetectedFileType.Empty => "empty",
        _ => "unknown",
    };
}
