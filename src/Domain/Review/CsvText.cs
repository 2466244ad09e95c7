using System.Text;
using XjKeji.Domain.Common;

namespace XjKeji.Domain.Review;

/// <summary>One record of a CSV file with its row number (the header is row 1; a quoted line break does not start a new row, as in Excel).</summary>
internal sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>A problem found while decoding or splitting a CSV file.</summary>
internal sealed record CsvSyntaxError(int Row, string Code, BilingualText Message);

/// <summary>
/// Decodes and splits CSV text (RFC 4180: comma separator, double quotes around fields that hold commas, quotes or line
/// breaks, a quote inside written twice; CRLF, LF or CR line ends). Kept apart from the expert import so each stays small.
/// </summary>
internal static class CsvText
{
    // GB18030 is the code page Excel on Chinese Windows writes "CSV (逗号分隔)" in.
    private const int Gb18030CodePage = 54936;

    /// <summary>
    /// Decodes the bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), otherwise GB18030. UTF-16 (Excel's "Unicode
    /// text") is refused with advice, since it is tab-separated anyway.
    /// </summary>
    public static (string? Text, string EncodingName, CsvSyntaxError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, "UTF-16", new(0, "unsupported-encoding", new("不支持UTF-16编码的文件，请另存为“CSV UTF-8”或“CSV（逗号分隔）”格式",
                "UTF-16 files are not supported; save as 'CSV UTF-8' or 'CSV (comma delimited)'")));
        }

        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        try
        {
            return (new UTF8Encoding(false, true).GetString(bom ? bytes[3..] : bytes), "UTF-8", null);
        }
        catch (DecoderFallbackException) when (!bom)
        {
            // Not UTF-8: try GB18030 below.
        }
        catch (DecoderFallbackException)
        {
            return (null, "UTF-8", new(0, "invalid-encoding", new("文件带有UTF-8标记但内容不是有效的UTF-8", "The file has a UTF-8 byte order mark but is not valid UTF-8")));
        }

        var gb = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException("GB18030 is not available from CodePagesEncodingProvider.");
        try
        {
            return (gb.GetString(bytes), "GB18030", null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "GB18030", new(0, "invalid-encoding", new("文件既不是有效的UTF-8也不是有效的GB18030编码", "The file is neither valid UTF-8 nor valid GB18030")));
        }
    }

    /// <summary>Splits text into records. Blank lines are skipped (but counted as rows); a malformed record is reported and left out.</summary>
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvSyntaxError> Errors) Split(string text)
    {
        var records = new List<CsvRecord>();
        var errors = new List<CsvSyntaxError>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var inQuotes = false;
        var afterClosingQuote = false;
        var fieldStarted = false;
        var broken = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            afterClosingQuote = false;
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            var blank = fields.Count == 1 && fields[0].Length == 0;
            if (!broken && !blank)
            {
                records.Add(new CsvRecord(row, [.. fields]));
            }

            fields.Clear();
            broken = false;
            row++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                    afterClosingQuote = true;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord();
                    break;
                case '"' when !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                default:
                    if (afterClosingQuote && !broken)
                    {
                        broken = true;
                        errors.Add(new(row, "malformed-quote", new($"第{row}行：引号后只能是逗号或换行", $"Row {row}: a closing quote must be followed by a comma or a line break")));
                    }

                    fieldStarted = true;
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add(new(row, "unterminated-quote", new($"第{row}行：引号没有闭合", $"Row {row}: a quoted field is not closed")));
            broken = true;
        }

        if (fields.Count > 0 || field.Length > 0 || fieldStarted)
        {
            EndRecord();
        }

        return (records, errors);
    }
}
