namespace XjKeji.App.Projects.Import;

/// <summary>A carried-over projects file (CSV, UTF-8 or GB18030) for import.</summary>
/// <param name="ContentBase64">The file's bytes in base64.</param>
/// <param name="FileName">The file's name, recorded on each project's audit entry.</param>
public sealed record CarriedOverImportRequest(string ContentBase64, string? FileName = null);

/// <summary>What an import did.</summary>
/// <param name="Imported">Projects created by this request.</param>
/// <param name="AlreadyImported">Projects of the file found already imported (a retried request): left as they are.</param>
/// <param name="Encoding">The file's encoding: UTF-8 or GB18030.</param>
/// <param name="ProjectIds">Every project of the file, in file order; each has its lifecycle running.</param>
public sealed record CarriedOverImportView(int Imported, int AlreadyImported, string Encoding, IReadOnlyList<string> ProjectIds);
