using System.Globalization;
using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Review;

/// <summary>
/// Imports the expert database from a CSV file, all or nothing: every problem of every row is reported at once with its
/// row number, and no expert is imported while any problem remains.
/// </summary>
/// <remarks>
/// <para>Encoding: UTF-8 with or without BOM; anything that is not valid UTF-8 is read as GB18030 (what Excel on Chinese
/// Windows writes). UTF-16 is refused.</para>
/// <para>Row 1 is the header. Columns may come in any order; headers are matched exactly after trimming, in Chinese or
/// English:</para>
/// <list type="table">
/// <item><term>编号 / id (required)</term><description>expert id, also their person id on credit records</description></item>
/// <item><term>姓名 / name (required)</term><description>full name</description></item>
/// <item><term>单位 / institution (required)</term><description>the institution's id (统一社会信用代码), used for conflicts</description></item>
/// <item><term>领域 / fields (required column, may be empty)</term><description>农业、能源、资源、环境、医药健康、电子信息、防灾减灾 (or the English enum names)</description></item>
/// <item><term>地区 / region (required)</term><description>区内 (疆内) or 区外 (疆外); or InXinjiang / OutsideXinjiang</description></item>
/// <item><term>可用 / available (required)</term><description>是/否, Y/N, yes/no, true/false, 1/0</description></item>
/// <item><term>关键词 / keywords (optional)</term><description>free-text keywords</description></item>
/// <item><term>回避项目 / conflictProjects (optional)</term><description>project ids the expert declared</description></item>
/// <item><term>回避人员 / conflictPersons (optional)</term><description>person ids the expert declared</description></item>
/// <item><term>在审项目数 / activeAssignments (optional)</term><description>current load, a whole number ≥ 0 (default 0)</description></item>
/// <item><term>邮箱 / email (optional)</term><description>where review reminders go; an empty cell means none (files without the column import as before)</description></item>
/// </list>
/// <para>List cells separate items with ；; 、 ， , | or a line break (Alt+Enter in an Excel cell). Fields holding commas, quotes or line breaks are quoted
/// (RFC 4180). Blank rows are skipped; cells missing at a row's end read as empty.</para>
/// </remarks>
public static class ExpertCsvImport
{
    private enum Column
    {
        Id,
        Name,
        Institution,
        Fields,
        Region,
        Available,
        Keywords,
        ConflictProjects,
        ConflictPersons,
        ActiveAssignments,
        Email,
    }

    private static readonly (Column Column, string Zh, string En, bool Required)[] Columns =
    [
        (Column.Id, "编号", "id", true),
        (Column.Name, "姓名", "name", true),
        (Column.Institution, "单位", "institution", true),
        (Column.Fields, "领域", "fields", true),
        (Column.Region, "地区", "region", true),
        (Column.Available, "可用", "available", true),
        (Column.Keywords, "关键词", "keywords", false),
        (Column.ConflictProjects, "回避项目", "conflictProjects", false),
        (Column.ConflictPersons, "回避人员", "conflictPersons", false),
        (Column.ActiveAssignments, "在审项目数", "activeAssignments", false),
        (Column.Email, "邮箱", "email", false),
    ];

    private static readonly char[] ListSeparators = ['；', ';', '、', '，', ',', '|', '\r', '\n'];

    /// <summary>Parses the file's bytes.</summary>
    public static ExpertCsvImportResult Parse(ReadOnlySpan<byte> bytes)
    {
        var (text, encoding, decodeError) = CsvText.Decode(bytes);
        if (text is null)
        {
            return Failed(encoding, [new ExpertCsvError(0, null, decodeError!.Code, decodeError.Message)]);
        }

        var (records, syntax) = CsvText.Split(text);
        var errors = syntax.Select(e => new ExpertCsvError(e.Row, null, e.Code, e.Message)).ToList();
        if (records.Count == 0 || records[0].Row != 1)
        {
            errors.Insert(0, new ExpertCsvError(1, null, "missing-header", new("第1行必须是表头（编号,姓名,单位,领域,地区,可用）", "Row 1 must be the header (编号,姓名,单位,领域,地区,可用)")));
            return Failed(encoding, errors);
        }

        var columns = ReadHeader(records[0], errors);
        if (columns is null)
        {
            return Failed(encoding, [.. errors.OrderBy(e => e.Row)]);
        }

        var experts = new List<Expert>();
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var expert = ReadRow(record, columns, errors);
            var id = columns[Column.Id] < record.Fields.Count ? record.Fields[columns[Column.Id]].Trim() : string.Empty;
            if (id.Length > 0 && !firstRowOfId.TryAdd(id, record.Row))
            {
                // Checked on the id cell alone, so a repeated id is reported even on a row with other problems.
                errors.Add(Error(record.Row, "编号", "duplicate-id", $"编号{id}与第{firstRowOfId[id]}行重复", $"id {id} repeats row {firstRowOfId[id]}"));
            }

            if (expert is not null)
            {
                experts.Add(expert);
            }
        }

        return errors.Count > 0 ? Failed(encoding, [.. errors.OrderBy(e => e.Row)]) : new ExpertCsvImportResult(experts, [], encoding);
    }

    private static ExpertCsvImportResult Failed(string encoding, List<ExpertCsvError> errors) => new([], errors, encoding);

    private static Dictionary<Column, int>? ReadHeader(CsvRecord header, List<ExpertCsvError> errors)
    {
        var map = new Dictionary<Column, int>();
        var before = errors.Count;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            var match = Columns.FirstOrDefault(c => c.Zh == name || string.Equals(c.En, name, StringComparison.OrdinalIgnoreCase));
            if (match.Zh is null)
            {
                errors.Add(Error(1, name, "unknown-column", $"未知的列“{name}”", $"unknown column '{name}'"));
            }
            else if (!map.TryAdd(match.Column, i))
            {
                errors.Add(Error(1, match.Zh, "duplicate-column", $"列“{match.Zh}”重复", $"column '{match.Zh}' appears twice"));
            }
        }

        foreach (var missing in Columns.Where(c => c.Required && !map.ContainsKey(c.Column)))
        {
            errors.Add(Error(1, missing.Zh, "missing-column", $"缺少必填列“{missing.Zh}”", $"the required column '{missing.Zh}' ({missing.En}) is missing"));
        }

        return errors.Count > before ? null : map;
    }

    private static Expert? ReadRow(CsvRecord record, Dictionary<Column, int> columns, List<ExpertCsvError> errors)
    {
        var row = record.Row;
        var before = errors.Count;
        string Cell(Column c) => columns.TryGetValue(c, out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : string.Empty;

        if (record.Fields.Count > columns.Count && record.Fields.Skip(columns.Count).Any(f => f.Trim().Length > 0))
        {
            errors.Add(Error(row, null, "too-many-cells", $"有{record.Fields.Count}个单元格，多于表头的{columns.Count}列", $"{record.Fields.Count} cells, more than the header's {columns.Count} columns"));
        }

        var fields = new List<ScoPriorityField>();
        foreach (var item in SplitList(Cell(Column.Fields)))
        {
            if (ExpertFieldNames.TryParse(item, out var f))
            {
                fields.Add(f);
            }
            else
            {
                errors.Add(Error(row, "领域", "unknown-field", $"未知的领域“{item}”，可选：{ExpertFieldNames.AllChinese}", $"unknown field '{item}'; accepted: {ExpertFieldNames.AllChinese}"));
            }
        }

        var region = Cell(Column.Region) switch
        {
            "区内" or "疆内" => ExpertRegion.InXinjiang,
            "区外" or "疆外" => ExpertRegion.OutsideXinjiang,
            var s when string.Equals(s, nameof(ExpertRegion.InXinjiang), StringComparison.OrdinalIgnoreCase) => ExpertRegion.InXinjiang,
            var s when string.Equals(s, nameof(ExpertRegion.OutsideXinjiang), StringComparison.OrdinalIgnoreCase) => ExpertRegion.OutsideXinjiang,
            _ => (ExpertRegion?)null,
        };
        if (region is null)
        {
            errors.Add(Error(row, "地区", "invalid-region", $"地区“{Cell(Column.Region)}”无效，应为区内或区外", $"region '{Cell(Column.Region)}' is invalid; use 区内 or 区外"));
        }

        var available = Cell(Column.Available).ToUpperInvariant() switch
        {
            "是" or "Y" or "YES" or "TRUE" or "1" => true,
            "否" or "N" or "NO" or "FALSE" or "0" => (bool?)false,
            _ => null,
        };
        if (available is null)
        {
            errors.Add(Error(row, "可用", "invalid-available", $"可用“{Cell(Column.Available)}”无效，应为是或否", $"available '{Cell(Column.Available)}' is invalid; use 是 or 否"));
        }

        var load = 0;
        var loadText = Cell(Column.ActiveAssignments);
        if (loadText.Length > 0 && !int.TryParse(loadText, NumberStyles.None, CultureInfo.InvariantCulture, out load))
        {
            errors.Add(Error(row, "在审项目数", "invalid-number", $"在审项目数“{loadText}”应为非负整数", $"active assignments '{loadText}' must be a whole number ≥ 0"));
        }

        var conflicts = SplitList(Cell(Column.ConflictProjects)).Select(id => new DeclaredConflict(DeclaredConflictKind.Project, id))
            .Concat(SplitList(Cell(Column.ConflictPersons)).Select(id => new DeclaredConflict(DeclaredConflictKind.Person, id)))
            .ToList();
        var email = Cell(Column.Email);
        var expert = new Expert(Cell(Column.Id), Cell(Column.Name), Cell(Column.Institution), fields, SplitList(Cell(Column.Keywords)),
            region ?? default, available ?? false, load, conflicts, email.Length > 0 ? email : null);
        foreach (var p in expert.Validate().Problems.Where(p => p.Field != "region"))
        {
            var column = HeaderOf(p.Field);
            errors.Add(Error(row, column, p.Code, $"{column}：{p.Message.Zh}", $"{column}: {p.Message.En}"));
        }

        return errors.Count > before ? null : expert;
    }

    private static string HeaderOf(string field) => field switch
    {
        "id" => "编号",
        "name" => "姓名",
        "institutionId" => "单位",
        "activeAssignments" => "在审项目数",
        "email" => "邮箱",
        _ when field.StartsWith("fields", StringComparison.Ordinal) => "领域",
        _ when field.StartsWith("keywords", StringComparison.Ordinal) => "关键词",
        _ => "回避项目/回避人员",
    };

    private static List<string> SplitList(string cell) =>
        [.. cell.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static ExpertCsvError Error(int row, string? column, string code, string zh, string en) =>
        new(row, column, code, new BilingualText($"第{row}行：{zh}", $"Row {row}: {en}"));
}
