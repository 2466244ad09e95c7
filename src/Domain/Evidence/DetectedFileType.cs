namespace XjKeji.Domain.Evidence;

/// <summary>The type of a file as its first bytes show it, whatever its name claims.</summary>
public enum DetectedFileType
{
    /// <summary>No known signature and not text.</summary>
    Unknown = 0,

    /// <summary>A file with no bytes.</summary>
    Empty = 1,

    /// <summary>PDF (<c>%PDF-</c>).</summary>
    Pdf = 2,

    /// <summary>PNG image.</summary>
    Png = 3,

    /// <summary>JPEG image.</summary>
    Jpeg = 4,

    /// <summary>A zip container (<c>PK\x03\x04</c>): docx, xlsx, pptx, or a plain zip archive.</summary>
    OfficeOpenXml = 5,

    /// <summary>A legacy OLE compound document (<c>D0 CF 11 E0</c>): doc, xls, ppt.</summary>
    LegacyOffice = 6,

    /// <summary>Valid UTF-8 text without binary control characters: csv, txt.</summary>
    Text = 7,

    /// <summary>A program: Windows PE (<c>MZ</c>) or Linux ELF (<c>7F 45 4C 46</c>). Never accepted.</summary>
    Executable = 8,
}
