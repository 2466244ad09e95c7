using XjKeji.Domain.Common;

namespace XjKeji.Domain.Projects;

/// <summary>Chinese and English names of the stages, as shown to users and in emails.</summary>
public static class StageNames
{
    private static readonly Dictionary<ProjectStage, BilingualText> Names = new()
    {
        [ProjectStage.Draft] = new("申报（草稿）", "Application (draft)"),
        [ProjectStage.EligibilityCheck] = new("形式审查", "Eligibility check"),
        [ProjectStage.ReturnedForCorrection] = new("退回修改", "Returned for correction"),
        [ProjectStage.ExpertReview] = new("专家评审", "Expert review"),
        [ProjectStage.Publicity] = new("公示", "Publicity"),
        [ProjectStage.Approval] = new("批复立项", "Approval"),
        [ProjectStage.Contract] = new("签订任务书", "Contract signing"),
        [ProjectStage.Execution] = new("执行", "Execution"),
        [ProjectStage.MidTermInspection] = new("中期检查", "Mid-term inspection"),
        [ProjectStage.MidTermReview] = new("中期检查审核", "Mid-term review"),
        [ProjectStage.AcceptanceDue] = new("待验收", "Acceptance due"),
        [ProjectStage.AcceptanceReview] = new("验收审核", "Acceptance review"),
        [ProjectStage.Closed] = new("结题", "Closed"),
        [ProjectStage.AcceptanceFailed] = new("验收不通过", "Acceptance failed"),
        [ProjectStage.Rejected] = new("未立项", "Rejected"),
        [ProjectStage.Withdrawn] = new("已撤回", "Withdrawn"),
        [ProjectStage.Terminated] = new("终止", "Terminated"),
    };

    /// <summary>The names of a stage.</summary>
    public static BilingualText Of(ProjectStage stage) => Names.TryGetValue(stage, out var n) ? n : new(stage.ToString(), stage.ToString());
}

/// <summary>Chinese and English names of the actions.</summary>
public static class ActionNames
{
    private static readonly Dictionary<ProjectAction, BilingualText> Names = new()
    {
        [ProjectAction.Submit] = new("提交申报", "Submit"),
        [ProjectAction.PassEligibility] = new("形式审查通过", "Pass eligibility"),
        [ProjectAction.RejectEligibility] = new("形式审查不通过", "Reject eligibility"),
        [ProjectAction.ReturnForCorrection] = new("退回修改", "Return for correction"),
        [ProjectAction.Resubmit] = new("重新提交", "Resubmit"),
        [ProjectAction.ProposeForFunding] = new("拟立项公示", "Propose for funding"),
        [ProjectAction.DeclineFunding] = new("不予资助", "Decline funding"),
        [ProjectAction.RaiseObjection] = new("提出异议", "Raise objection"),
        [ProjectAction.DismissObjection] = new("异议不成立", "Dismiss objection"),
        [ProjectAction.UpholdObjection] = new("异议成立", "Uphold objection"),
        [ProjectAction.EndPublicity] = new("公示期满", "End publicity"),
        [ProjectAction.Approve] = new("批复立项", "Approve"),
        [ProjectAction.SignContract] = new("签订任务书", "Sign contract"),
        [ProjectAction.StartMidTermInspection] = new("启动中期检查", "Start mid-term inspection"),
        [ProjectAction.SubmitMidTermReport] = new("提交中期报告", "Submit mid-term report"),
        [ProjectAction.PassMidTermInspection] = new("中期检查通过", "Pass mid-term inspection"),
        [ProjectAction.RequestExtension] = new("申请延期", "Request extension"),
        [ProjectAction.GrantExtension] = new("同意延期", "Grant extension"),
        [ProjectAction.DenyExtension] = new("不同意延期", "Deny extension"),
        [ProjectAction.OpenAcceptance] = new("进入验收", "Open acceptance"),
        [ProjectAction.SubmitAcceptanceReport] = new("提交验收材料", "Submit acceptance report"),
        [ProjectAction.PassAcceptance] = new("验收通过", "Pass acceptance"),
        [ProjectAction.FailAcceptance] = new("验收不通过", "Fail acceptance"),
        [ProjectAction.Withdraw] = new("撤回", "Withdraw"),
        [ProjectAction.Terminate] = new("终止", "Terminate"),
        [ProjectAction.ImportCarriedOver] = new("结转项目导入", "Import carried-over project"),
    };

    /// <summary>The names of an action.</summary>
    public static BilingualText Of(ProjectAction action) => Names.TryGetValue(action, out var n) ? n : new(action.ToString(), action.ToString());
}
