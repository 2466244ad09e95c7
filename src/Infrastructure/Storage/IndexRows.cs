using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Maps <see cref="ProjectSummary"/> to index rows; amounts are stored as strings, since Table storage has no decimal type.</summary>
internal static class IndexRows
{
    public static TableEntity ToEntity(string partitionKey, string rowKey, ProjectSummary s) => new(partitionKey, rowKey)
    {
        ["ProjectId"] = s.ProjectId,
        ["Title"] = s.Title,
        ["Program"] = s.Program.ToString(),
        ["Category"] = s.Category.ToString(),
        ["ProgramYear"] = s.ProgramYear,
        ["InstitutionId"] = s.InstitutionId,
        ["InstitutionName"] = s.InstitutionName,
        ["PrincipalInvestigatorName"] = s.PrincipalInvestigatorName,
        ["Stage"] = s.Stage.ToString(),
        ["StageEnteredAt"] = s.StageEnteredAt.ToUniversalTime(),
        ["AuditSequence"] = s.AuditSequence,
        ["FiscalCny"] = s.FiscalCny.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static ProjectSummary FromEntity(TableEntity e) => new(
        e.GetString("ProjectId"),
        e.GetString("Title"),
        Enum.Parse<ProgramCode>(e.GetString("Program")),
        Enum.Parse<CategoryCode>(e.GetString("Category")),
        e.GetInt32("ProgramYear") ?? 0,
        e.GetString("InstitutionId"),
        e.GetString("InstitutionName"),
        e.GetString("PrincipalInvestigatorName"),
        Enum.Parse<ProjectStage>(e.GetString("Stage")),
        e.GetDateTimeOffset("StageEnteredAt") ?? default,
        e.GetInt32("AuditSequence") ?? 0,
        decimal.Parse(e.GetString("FiscalCny"), System.Globalization.CultureInfo.InvariantCulture));
}
