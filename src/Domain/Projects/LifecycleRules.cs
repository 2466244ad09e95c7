using static XjKeji.Domain.Projects.ProjectAction;
using static XjKeji.Domain.Projects.ProjectStage;
using static XjKeji.Domain.Projects.Role;

namespace XjKeji.Domain.Projects;

/// <summary>
/// The lifecycle as a table: every allowed (stage, action) pair, where it leads, who may trigger it and whether a
/// reason is required. Anything not in the table is illegal. Guards that need data (dates, objections, extension
/// limits) are checked by <see cref="Project"/>.
/// </summary>
public static class LifecycleRules
{
    private static readonly Role[] ApplicantOnly = [Applicant];
    private static readonly Role[] OfficerOnly = [Officer];
    private static readonly Role[] OfficerOrSystem = [Officer, Role.System];

    private static readonly ProjectStage[] BeforeContractSigned = [Draft, EligibilityCheck, ReturnedForCorrection, ExpertReview, Publicity, Approval, Contract];
    private static readonly ProjectStage[] AfterApproval = [Contract, Execution, MidTermInspection, MidTermReview, AcceptanceDue, AcceptanceReview];

    /// <summary>Every allowed transition.</summary>
    public static IReadOnlyList<TransitionRule> All { get; } = Build();

    private static readonly Dictionary<(ProjectStage, ProjectAction), TransitionRule> Index = All.ToDictionary(r => (r.From, r.Action));

    /// <summary>The terminal stages: nothing leaves them.</summary>
    public static IReadOnlySet<ProjectStage> TerminalStages { get; } = new HashSet<ProjectStage> { Closed, AcceptanceFailed, Rejected, Withdrawn, Terminated };

    /// <summary>The rule for an action in a stage, or null when the action is not allowed there.</summary>
    public static TransitionRule? Find(ProjectStage from, ProjectAction action) => Index.GetValueOrDefault((from, action));

    /// <summary>The actions allowed in a stage (for any role).</summary>
    public static IEnumerable<ProjectAction> ActionsFrom(ProjectStage stage) => All.Where(r => r.From == stage).Select(r => r.Action);

    private static List<TransitionRule> Build()
    {
        var rules = new List<TransitionRule>();
        void Add(ProjectStage from, ProjectAction action, ProjectStage to, Role[] roles, bool reason = false) =>
            rules.Add(new TransitionRule(from, action, to, new HashSet<Role>(roles), reason));

        Add(Draft, Submit, EligibilityCheck, ApplicantOnly);
        Add(EligibilityCheck, PassEligibility, ExpertReview, OfficerOnly);
        Add(EligibilityCheck, RejectEligibility, Rejected, OfficerOnly, reason: true);
        Add(EligibilityCheck, ReturnForCorrection, ReturnedForCorrection, OfficerOnly, reason: true);
        Add(ReturnedForCorrection, Resubmit, EligibilityCheck, ApplicantOnly);
        Add(ReturnedForCorrection, RejectEligibility, Rejected, OfficerOrSystem, reason: true);
        Add(ExpertReview, ProposeForFunding, Publicity, OfficerOrSystem);
        Add(ExpertReview, DeclineFunding, Rejected, OfficerOrSystem, reason: true);
        Add(Publicity, RaiseObjection, Publicity, [Public, Applicant, Expert, Officer], reason: true);
        Add(Publicity, DismissObjection, Publicity, OfficerOnly, reason: true);
        Add(Publicity, UpholdObjection, Rejected, OfficerOnly, reason: true);
        Add(Publicity, EndPublicity, Approval, OfficerOrSystem);
        Add(Approval, Approve, Contract, OfficerOrSystem);
        Add(Contract, SignContract, Execution, ApplicantOnly);
        Add(Execution, StartMidTermInspection, MidTermInspection, OfficerOrSystem);
        Add(MidTermInspection, SubmitMidTermReport, MidTermReview, ApplicantOnly);
        Add(MidTermReview, PassMidTermInspection, Execution, OfficerOnly);
        Add(MidTermReview, ReturnForCorrection, MidTermInspection, OfficerOnly, reason: true);
        Add(Execution, RequestExtension, Execution, ApplicantOnly, reason: true);
        Add(Execution, GrantExtension, Execution, OfficerOnly);
        Add(Execution, DenyExtension, Execution, OfficerOnly, reason: true);
        Add(Execution, OpenAcceptance, AcceptanceDue, OfficerOrSystem);
        Add(Execution, SubmitAcceptanceReport, AcceptanceReview, ApplicantOnly);
        Add(AcceptanceDue, SubmitAcceptanceReport, AcceptanceReview, ApplicantOnly);
        Add(AcceptanceDue, FailAcceptance, AcceptanceFailed, OfficerOrSystem, reason: true);
        Add(AcceptanceReview, PassAcceptance, Closed, OfficerOnly);
        Add(AcceptanceReview, FailAcceptance, AcceptanceFailed, OfficerOnly, reason: true);
        Add(AcceptanceReview, ReturnForCorrection, AcceptanceDue, OfficerOnly, reason: true);
        foreach (var stage in BeforeContractSigned)
        {
            Add(stage, Withdraw, Withdrawn, ApplicantOnly);
        }

        foreach (var stage in AfterApproval)
        {
            Add(stage, Terminate, Terminated, OfficerOrSystem, reason: true);
        }

        return rules;
    }
}
