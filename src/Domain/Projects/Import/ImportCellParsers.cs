using System.Globalization;
using XjKeji.Domain.Budget;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Projects.Import;

/// <summary>Parsers of the cells whose values are names or lists: category, stage, disbursements, targets.</summary>
internal static class ImportCellParsers
{
    private static readonly char[] ItemSeparators = ['；', ';', '、', '|', '\r', '\n'];

    public static CategoryCode? Category(ImportRowCells c)
    {
        var text = c.Required(ImportField.Category);
        if (text.Length == 0)
        {
            return null;
        }

        var match = ProgramCatalog.AllCategories.FirstOrDefault(d => d.Name.Zh == text || string.Equals(d.Code.ToString(), text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var known = string.Join("、", ProgramCatalog.AllCategories.Select(d => d.Code));
            c.Fail(ImportField.Category, "unknown-category", $"未知的类别“{text}”，可选：{known}", $"unknown category '{text}'; accepted: {known}");
        }

        return match?.Code;
    }

    public static ProjectStage? Stage(ImportRowCells c)
    {
        var text = c.Required(ImportField.Stage);
        if (text.Length == 0)
        {
            return null;
        }

        var match = CarriedOverCsvImport.ImportableStages.Where(s => StageNames.Of(s).Zh == text || string.Equals(s.ToString(), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count == 0)
        {
            var known = string.Join("、", CarriedOverCsvImport.ImportableStages.Select(s => $"{s}（{StageNames.Of(s).Zh}）"));
            c.Fail(ImportField.Stage, "not-importable-stage", $"阶段“{text}”不能导入，可选：{known}", $"stage '{text}' cannot be imported; accepted: {known}");
            return null;
        }

        return match[0];
    }

    /// <summary><c>2017:1000000；2018:500000</c>: one fiscal amount per year.</summary>
    public static IReadOnlyList<FiscalDisbursement> Disbursements(ImportRowCells c)
    {
        var result = new List<FiscalDisbursement>();
        foreach (var item in Items(c.Required(ImportField.Disbursements)))
        {
            var parts = item.Split([':', '：', '='], 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                c.Fail(ImportField.Disbursements, "invalid-disbursement", $"“{item}”应写作“年度:金额”，如2018:500000", $"'{item}' must read year:amount, e.g. 2018:500000");
                continue;
            }

            if (c.ParseAmount(parts[1], ImportField.Disbursements) is { } amount)
            {
                if (result.Any(d => d.ProgramYear == year))
                {
                    c.Fail(ImportField.Disbursements, "duplicate-year", $"{year}年的拨款重复", $"the {year} disbursement repeats");
                }

                result.Add(new FiscalDisbursement(year, amount));
            }
        }

        return result;
    }

    /// <summary><c>AX-TALENTS=4；SCO-DEMO-BASE&gt;=1</c>: the program's per-project indicators, each at most once.</summary>
    public static IReadOnlyList<IndicatorTarget> Targets(ImportRowCells c, ProgramCode program)
    {
        var allowed = IndicatorCatalog.PerProjectIndicators(program).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var result = new List<IndicatorTarget>();
        foreach (var item in Items(c.Text(ImportField.Targets)))
        {
            var atLeast = item.Contains(">=", StringComparison.Ordinal) || item.Contains('≥', StringComparison.Ordinal);
            var parts = item.Split([">=", "≥", "="], 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                c.Fail(ImportField.Targets, "invalid-target", $"“{item}”应写作“指标代码=数值”", $"'{item}' must read CODE=number");
            }
            else if (!allowed.Contains(parts[0]))
            {
                c.Fail(ImportField.Targets, "unknown-indicator", $"“{parts[0]}”不是本计划的项目绩效指标", $"'{parts[0]}' is not a project indicator of the program");
            }
            else if (result.Any(t => t.IndicatorCode == parts[0]))
            {
                c.Fail(ImportField.Targets, "duplicate-indicator", $"指标“{parts[0]}”重复", $"indicator '{parts[0]}' repeats");
            }
            else
            {
                result.Add(new IndicatorTarget(parts[0], atLeast ? IndicatorValue.AtLeast(number) : IndicatorValue.Of(number)));
            }
        }

        return result;
    }

    private static string[] Items(string cell) => cell.Split(ItemSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
