namespace XjKeji.Domain.Projects;

/// <summary>Everything that can happen to a project; each is a row of <see cref="LifecycleRules"/>.</summary>
public enum ProjectAction
{
    /// <summary>Applicant submits the draft application (申报).</summary>
    Submit = 1,

    /// <summary>Officer finds the application eligible and sends it to expert review.</summary>
    PassEligibility = 2,

    /// <summary>Officer finds the application ineligible.</summary>
    RejectEligibility = 3,

    /// <summary>Officer returns the application, a report or materials for correction (退回修改).</summary>
    ReturnForCorrection = 4,

    /// <summary>Applicant resubmits after correction.</summary>
    Resubmit = 5,

    /// <summary>Review concluded: the project is proposed for funding and published (公示).</summary>
    ProposeForFunding = 6,

    /// <summary>Review concluded: the project is not funded.</summary>
    DeclineFunding = 7,

    /// <summary>Someone files an objection (异议) during publicity.</summary>
    RaiseObjection = 8,

    /// <summary>Officer dismisses an objection; the project continues.</summary>
    DismissObjection = 9,

    /// <summary>Officer upholds an objection; the project is rejected.</summary>
    UpholdObjection = 10,

    /// <summary>The publicity period ends (system, by durable timer).</summary>
    EndPublicity = 11,

    /// <summary>Approval notice issued (批复/立项).</summary>
    Approve = 12,

    /// <summary>Applicant signs the contract (任务书).</summary>
    SignContract = 13,

    /// <summary>Mid-term inspection notified (system at the midpoint, or the officer).</summary>
    StartMidTermInspection = 14,

    /// <summary>Applicant submits the mid-term report.</summary>
    SubmitMidTermReport = 15,

    /// <summary>Officer accepts the mid-term report; execution continues.</summary>
    PassMidTermInspection = 16,

    /// <summary>Applicant requests an extension (延期).</summary>
    RequestExtension = 17,

    /// <summary>Officer grants the pending extension.</summary>
    GrantExtension = 18,

    /// <summary>Officer denies the pending extension.</summary>
    DenyExtension = 19,

    /// <summary>Execution period ended; acceptance materials become due (system or officer).</summary>
    OpenAcceptance = 20,

    /// <summary>Applicant submits acceptance materials with actual indicator values.</summary>
    SubmitAcceptanceReport = 21,

    /// <summary>Officer passes acceptance; the project is closed (结题).</summary>
    PassAcceptance = 22,

    /// <summary>Officer fails acceptance.</summary>
    FailAcceptance = 23,

    /// <summary>Applicant withdraws before the contract is signed.</summary>
    Withdraw = 24,

    /// <summary>Officer (or the system, when the contract window lapses) terminates an approved project.</summary>
    Terminate = 25,

    /// <summary>Officer imports a project approved in an earlier program year mid-lifecycle (结转项目导入); not a transition of <see cref="LifecycleRules"/>.</summary>
    ImportCarriedOver = 26,
}
