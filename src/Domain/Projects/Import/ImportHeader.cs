using XjKeji.Domain.Review;

namespace XjKeji.Domain.Projects.Import;

/// <summary>Maps the header row to column positions, reporting unknown, repeated and missing columns.</summary>
internal static class ImportHeader
{
    public static Dictionary<ImportField, (int Index, string Zh)>? Read(CsvRecord header, IReadOnlyList<ImportColumn> columns, List<ImportRowError> errors)
    {
        var map = new Dictionary<ImportField, (int, string)>();
        var before = errors.Count;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            var match = columns.FirstOrDefault(c => c.Zh == name || string.Equals(c.En, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add(ImportRowCells.Error(1, name, "unknown-column", $"未知的列“{name}”", $"unknown column '{name}'"));
            }
            else if (!map.TryAdd(match.Field, (i, match.Zh)))
            {
                errors.Add(ImportRowCells.Error(1, match.Zh, "duplicate-column", $"列“{match.Zh}”重复", $"column '{match.Zh}' appears twice"));
            }
        }

        foreach (var missing in columns.Where(c => c.Required && !map.ContainsKey(c.Field)))
        {
            errors.Add(ImportRowCells.Error(1, missing.Zh, "missing-column", $"缺少必填列“{missing.Zh}”", $"the required column '{missing.Zh}' ({missing.En}) is missing"));
        }

        return errors.Count > before ? null : map;
    }
}
