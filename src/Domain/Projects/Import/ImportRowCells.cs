using System.Globalization;
using XjKeji.Domain.Common;
using XjKeji.Domain.Review;

namespace XjKeji.Domain.Projects.Import;

/// <summary>
/// The cells of one data row, read by field: each accessor parses its cell and records a problem naming the row and the
/// column header when it cannot, so a row reports all its problems at once.
/// </summary>
internal sealed class ImportRowCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d"];
    private readonly CsvRecord _record;
    private readonly Dictionary<ImportField, (int Index, string Zh)> _header;
    private readonly List<ImportRowError> _errors;
    private readonly int _errorsBefore;

    public ImportRowCells(CsvRecord record, Dictionary<ImportField, (int Index, string Zh)> header, List<ImportRowError> errors)
    {
        _record = record;
        _header = header;
        _errors = errors;
        _errorsBefore = errors.Count;
        if (record.Fields.Count > header.Count && record.Fields.Skip(header.Count).Any(f => f.Trim().Length > 0))
        {
            errors.Add(Error(Row, null, "too-many-cells", $"有{record.Fields.Count}个单元格，多于表头的{header.Count}列", $"{record.Fields.Count} cells, more than the header's {header.Count} columns"));
        }
    }

    public int Row => _record.Row;

    /// <summary>True once any problem of this row was recorded.</summary>
    public bool Failed => _errors.Count > _errorsBefore;

    public static ImportRowError Error(int row, string? column, string code, string zh, string en) =>
        new(row, column, code, new BilingualText($"第{row}行{(column is null ? string.Empty : $"“{column}”")}：{zh}", $"Row {row}{(column is null ? string.Empty : $" ({column})")}: {en}"));

    public string Text(ImportField field) =>
        _header.TryGetValue(field, out var h) && h.Index < _record.Fields.Count ? _record.Fields[h.Index].Trim() : string.Empty;

    public void Fail(ImportField field, string code, string zh, string en) =>
        _errors.Add(Error(Row, _header.TryGetValue(field, out var h) ? h.Zh : field.ToString(), code, zh, en));

    public string Required(ImportField field)
    {
        var text = Text(field);
        if (text.Length == 0)
        {
            Fail(field, "required", "必须填写", "required");
        }

        return text;
    }

    public int? Integer(ImportField field)
    {
        var text = Required(field);
        if (text.Length > 0 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Fail(field, "invalid-number", $"“{text}”不是整数", $"'{text}' is not a whole number");
            return null;
        }

        return text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);
    }

    public DateOnly? Date(ImportField field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date cell of an .xlsx holds Excel's serial day number (days since 1899-12-30); 20000–80000 is 1954–2119.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 20_000 and <= 80_000)
        {
            return new DateOnly(1899, 12, 30).AddDays(serial);
        }

        Fail(field, "invalid-date", $"“{text}”不是日期（如2017-06-30）", $"'{text}' is not a date (e.g. 2017-06-30)");
        return null;
    }

    /// <summary>An amount in CNY (元): non-negative, at most two decimals; thousands separators are accepted.</summary>
    public decimal? Amount(ImportField field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        return text.Length == 0 ? null : ParseAmount(text, field);
    }

    public decimal? ParseAmount(string text, ImportField field)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && Cny.HasAtMostTwoDecimals(value))
        {
            return value;
        }

        Fail(field, "invalid-amount", $"金额“{text}”应为非负数（元），最多两位小数", $"amount '{text}' must be a non-negative number of CNY with at most two decimals");
        return null;
    }

    public bool? YesNo(ImportField field)
    {
        var text = Text(field);
        switch (text.ToUpperInvariant())
        {
            case "":
                return null;
            case "是" or "Y" or "YES" or "TRUE" or "1":
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0":
                return false;
            default:
                Fail(field, "invalid-yes-no", $"“{text}”应为是或否", $"'{text}' must be 是 or 否 (yes or no)");
                return null;
        }
    }
}
