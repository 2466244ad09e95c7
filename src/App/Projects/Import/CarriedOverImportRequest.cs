namespace XjKeji.App.Projects.Import;

/// <summary>A carried-over projects file for import: CSV (UTF-8 or GB18030) or an Excel workbook (.xlsx).</summary>
/// <param name="ContentBase64">The file's bytes in base64.</param>
/// <param name="FileName">The file's name, recorded on each project's audit entry.</param>
public sealed record CarriedOverImportRequest(string ContentBase64, string? FileName = null);

/// <summary>What an import did.</summary>
/// <param name="Imported">Projects created by this request.</param>
/// <param name="AlreadyImported">Projects of the file found already imported (a retried request): left as they are.</param>
/// <param name="Encoding">What the file was: UTF-8 or GB18030 CSV, or xlsx.</param>
/// <param name="ProjectIds">Every project of the file, in file order; each has its lifecycle running.</param>
public sealed record CarriedOverImportView(int Imported, int AlreadyImported, string Encoding, IReadOnlyList<string> ProjectIds);
