using XjKeji.Domain.Common;
using XjKeji.Domain.Programs;

namespace XjKeji.Domain.Review;

/// <summary>Chinese and English names of the fields of expertise (the SCO priority fields), as written in forms and CSV files.</summary>
public static class ExpertFieldNames
{
    private static readonly Dictionary<ScoPriorityField, BilingualText> Names = new()
    {
        [ScoPriorityField.Agriculture] = new("农业", "Agriculture"),
        [ScoPriorityField.Energy] = new("能源", "Energy"),
        [ScoPriorityField.Resources] = new("资源", "Resources"),
        [ScoPriorityField.Environment] = new("环境", "Environment"),
        [ScoPriorityField.MedicineAndHealth] = new("医药健康", "Medicine and health"),
        [ScoPriorityField.ElectronicInformation] = new("电子信息", "Electronic information"),
        [ScoPriorityField.DisasterPrevention] = new("防灾减灾", "Disaster prevention"),
    };

    /// <summary>The names of a field.</summary>
    public static BilingualText Of(ScoPriorityField field) => Names.TryGetValue(field, out var n) ? n : new(field.ToString(), field.ToString());

    /// <summary>Every Chinese name, in field order, e.g. for an error message listing what is accepted.</summary>
    public static string AllChinese => string.Join("、", Names.OrderBy(n => n.Key).Select(n => n.Value.Zh));

    /// <summary>Parses a field from its Chinese name or its English enum name (case-insensitive).</summary>
    public static bool TryParse(string text, out ScoPriorityField field)
    {
        var t = text?.Trim() ?? string.Empty;
        foreach (var (f, name) in Names)
        {
            if (t == name.Zh || string.Equals(t, f.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                field = f;
                return true;
            }
        }

        field = default;
        return false;
    }
}
