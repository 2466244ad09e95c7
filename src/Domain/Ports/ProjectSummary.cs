using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Ports;

/// <summary>What lists of projects show: enough to filter and sort without loading each project.</summary>
/// <param name="ProjectId">Project id.</param>
/// <param name="Title">Project title.</param>
/// <param name="Program">Program.</param>
/// <param name="Category">Category.</param>
/// <param name="ProgramYear">Program year.</param>
/// <param name="InstitutionId">Lead institution id.</param>
/// <param name="InstitutionName">Lead institution name.</param>
/// <param name="PrincipalInvestigatorName">The PI's name.</param>
/// <param name="Stage">Current stage.</param>
/// <param name="StageEnteredAt">When the stage was entered.</param>
/// <param name="AuditSequence">Audit length when the summary was written (newer summaries win).</param>
/// <param name="FiscalCny">Approved fiscal funding, or the amount requested before approval.</param>
public sealed record ProjectSummary(
    string ProjectId,
    string Title,
    ProgramCode Program,
    CategoryCode Category,
    int ProgramYear,
    string InstitutionId,
    string InstitutionName,
    string PrincipalInvestigatorName,
    ProjectStage Stage,
    DateTimeOffset StageEnteredAt,
    int AuditSequence,
    decimal FiscalCny)
{
    /// <summary>The summary of a project's current state.</summary>
    public static ProjectSummary Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new(project.Id, project.Form.Title, project.Program, project.Form.Category, project.ProgramYear, project.InstitutionId,
            project.Form.Institution.Name, project.Form.PrincipalInvestigator.Name, project.Stage, project.StageEnteredAt, project.AuditSequence,
            project.ApprovedFiscalCny ?? project.Form.Budget.FiscalTotalCny);
    }
}
