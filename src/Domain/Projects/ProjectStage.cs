namespace XjKeji.Domain.Projects;

/// <summary>
/// Where a project stands in its lifecycle (DOMAIN.md): 申报 → 形式审查 → 专家评审 → 公示 → 批复 → 合同 → 执行 (中期检查) → 验收 → 结题,
/// with the side paths 退回修改, 终止, 撤回 and the terminal outcomes.
/// </summary>
public enum ProjectStage
{
    /// <summary>申报 application being drafted by the applicant; not yet submitted.</summary>
    Draft = 1,

    /// <summary>形式审查 submitted, awaiting the officer's eligibility check.</summary>
    EligibilityCheck = 2,

    /// <summary>退回修改 returned to the applicant for correction.</summary>
    ReturnedForCorrection = 3,

    /// <summary>专家评审 under expert review.</summary>
    ExpertReview = 4,

    /// <summary>公示 proposed for funding and on the public list; objections may be raised.</summary>
    Publicity = 5,

    /// <summary>批复/立项 publicity ended; awaiting the approval notice.</summary>
    Approval = 6,

    /// <summary>合同/任务书 approved; the contract awaits the applicant's signature.</summary>
    Contract = 7,

    /// <summary>执行 contract signed; the project is carried out.</summary>
    Execution = 8,

    /// <summary>中期检查 mid-term inspection notified; the mid-term report is due.</summary>
    MidTermInspection = 9,

    /// <summary>中期检查 mid-term report submitted; the officer reviews it.</summary>
    MidTermReview = 10,

    /// <summary>验收 execution ended; acceptance materials are due.</summary>
    AcceptanceDue = 11,

    /// <summary>验收 acceptance materials submitted; the officer reviews them.</summary>
    AcceptanceReview = 12,

    /// <summary>结题 accepted and closed (terminal).</summary>
    Closed = 13,

    /// <summary>验收不通过 acceptance failed (terminal).</summary>
    AcceptanceFailed = 14,

    /// <summary>未立项 not eligible, not funded, or an objection was upheld (terminal).</summary>
    Rejected = 15,

    /// <summary>撤回 withdrawn by the applicant before the contract was signed (terminal).</summary>
    Withdrawn = 16,

    /// <summary>终止/撤销 terminated after approval (terminal).</summary>
    Terminated = 17,
}
