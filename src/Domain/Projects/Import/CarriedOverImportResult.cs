using XjKeji.Domain.Common;

namespace XjKeji.Domain.Projects.Import;

/// <summary>One problem of a carried-over import file.</summary>
/// <param name="Row">Row number as Excel shows it (header = 1); 0 for a problem with the whole file.</param>
/// <param name="Column">The column header concerned, if any (e.g. <c>阶段</c>).</param>
/// <param name="Code">Stable code, e.g. <c>required</c>, <c>invalid-date</c>.</param>
/// <param name="Message">What is wrong, Chinese and English, with the row number.</param>
public sealed record ImportRowError(int Row, string? Column, string Code, BilingualText Message);

/// <summary>The outcome of reading a file: every project, or none and every problem found.</summary>
/// <param name="Projects">The projects read, in file order; empty whenever <paramref name="Errors"/> is not.</param>
/// <param name="Errors">Every problem, in row order.</param>
/// <param name="EncodingName">The encoding detected: <c>UTF-8</c> or <c>GB18030</c>.</param>
public sealed record CarriedOverImportResult(IReadOnlyList<CarriedOverProject> Projects, IReadOnlyList<ImportRowError> Errors, string EncodingName)
{
    /// <summary>True when the file had no problem (the import is all or nothing).</summary>
    public bool Succeeded => Errors.Count == 0;
}
