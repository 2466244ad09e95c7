namespace XjKeji.App.Reporting.Xlsx;

/// <summary>One cell to write: a text or a number, with a style index of <see cref="XlsxStyles"/>.</summary>
/// <param name="Column">Zero-based column (0 = A).</param>
/// <param name="Text">Text content, or null for a number or an empty styled cell.</param>
/// <param name="Number">Numeric content.</param>
/// <param name="Style">Index into the workbook's cell formats.</param>
internal sealed record XlsxCell(int Column, string? Text, decimal? Number, int Style)
{
    public static XlsxCell T(int column, string text, int style) => new(column, text, null, style);

    public static XlsxCell N(int column, decimal? number, int style) => new(column, null, number, style);

    public static XlsxCell Empty(int column, int style) => new(column, null, null, style);

    /// <summary>The A1 column letters of a zero-based column (0 → A, 25 → Z, 26 → AA).</summary>
    public static string Letters(int column)
    {
        var s = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            s = (char)('A' + ((c - 1) % 26)) + s;
        }

        return s;
    }
}
