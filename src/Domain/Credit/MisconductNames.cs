using XjKeji.Domain.Common;

namespace XjKeji.Domain.Credit;

/// <summary>Chinese and English names of misconduct categories and severities, as shown on records and refusals.</summary>
public static class MisconductNames
{
    private static readonly Dictionary<MisconductCategory, BilingualText> Categories = new()
    {
        [MisconductCategory.Plagiarism] = new("抄袭、剽窃", "plagiarism"),
        [MisconductCategory.FabricatedOrFalsifiedData] = new("伪造、篡改数据", "fabricated or falsified data"),
        [MisconductCategory.GhostwrittenOrBoughtWork] = new("代写、买卖成果", "ghost-written or bought work"),
        [MisconductCategory.FalseCredentials] = new("虚构职称、简历或研究基础", "false titles, CV or research basis"),
        [MisconductCategory.EthicsBreach] = new("违反科研伦理", "ethics breach"),
        [MisconductCategory.ReviewLobbying] = new("评审中请托、说情", "lobbying or favours in review"),
    };

    private static readonly Dictionary<MisconductSeverity, BilingualText> Severities = new()
    {
        [MisconductSeverity.General] = new("情节较轻", "general"),
        [MisconductSeverity.Serious] = new("情节较重", "serious"),
        [MisconductSeverity.VerySerious] = new("情节严重", "very serious"),
    };

    /// <summary>The names of a category.</summary>
    public static BilingualText Of(MisconductCategory category) =>
        Categories.TryGetValue(category, out var n) ? n : new(category.ToString(), category.ToString());

    /// <summary>The names of a severity.</summary>
    public static BilingualText Of(MisconductSeverity severity) =>
        Severities.TryGetValue(severity, out var n) ? n : new(severity.ToString(), severity.ToString());
}
