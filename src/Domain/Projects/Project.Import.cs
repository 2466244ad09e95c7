using XjKeji.Domain.Budget;
using XjKeji.Domain.Projects.Import;

namespace XjKeji.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Places a project approved in an earlier program year at its current stage (结转项目), with its approved funding,
    /// disbursement plan and targets, marked carried over, and one audit entry (<see cref="ProjectAction.ImportCarriedOver"/>,
    /// from <see cref="ProjectStage.Draft"/> to its stage) naming the officer and the import.
    /// </summary>
    /// <param name="row">The project as read from the import file.</param>
    /// <param name="officer">The officer importing it.</param>
    /// <param name="at">Business time of the import.</param>
    /// <param name="reason">What the audit entry says, e.g. the file name.</param>
    /// <exception cref="IllegalTransitionException">The actor is not an officer.</exception>
    public static Project ImportCarriedOver(CarriedOverProject row, Actor officer, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(officer);
        if (officer.Role != Role.Officer)
        {
            throw new IllegalTransitionException(row.Id, ProjectStage.Draft, ProjectAction.ImportCarriedOver, officer.Role, RefusalReason.RoleNotAllowed,
                new Common.BilingualText("只有项目管理人员可以导入结转项目", "Only an officer may import carried-over projects"));
        }

        // One expense line holds the approved amounts: the earlier system's detailed budget is not carried over.
        var budget = new ProjectBudget([new BudgetLine(ExpenseCategory.Other, row.ApprovedFiscalCny, row.SelfRaisedCny)], row.Disbursements);
        var form = new ApplicationForm(row.Title, row.Title, row.Category, row.PrincipalInvestigator, row.Institution, row.ExecutionStartsOn, row.ExecutionEndsOn, budget, row.Targets);
        var project = new Project(new ProjectSnapshot(row.Id, row.CallId, row.ProgramYear, form, row.Stage, at, null, null, row.ApprovedOn, row.ApprovedFiscalCny,
            row.ContractSignedOn, 0, 0, null, [], [], null, true, 1, at, 1, row.MidTermPassed));
        project._pendingAudit.Add(new AuditEntry(row.Id, 1, at, officer, ProjectAction.ImportCarriedOver, ProjectStage.Draft, row.Stage, reason));
        return project;
    }
}
