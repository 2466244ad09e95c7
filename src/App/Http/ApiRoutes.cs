using XjKeji.App.Http.Handlers;
using XjKeji.App.Review;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using static XjKeji.Domain.Projects.Role;

namespace XjKeji.App.Http;

/// <summary>
/// Every route of the API, in one table that both hosts map and the OpenAPI document describes. A route's name is its
/// Functions function name; the host parity test compares both hosts against this list.
/// </summary>
public static class ApiRoutes
{
    private static readonly Role[] Anyone = [Applicant, Officer, Role.Expert, Public];
    private static readonly Role[] Applicants = [Applicant];
    private static readonly Role[] Officers = [Officer];
    private static readonly Role[] Owners = [Applicant, Officer];
    private static readonly Role[] Experts = [Role.Expert];

    /// <summary>All routes.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Get("ListCalls", "calls", Anyone, "申报指南列表 / Calls of a year, open ones first", c => c.Handler<ApplicantHandlers>().ListCallsAsync(c), typeof(IReadOnlyList<CallView>), ["year"]),
        Put("SaveCall", "officer/calls/{callId}", Officers, "创建或修改申报指南 / Create or replace a call", c => c.Handler<OfficerHandlers>().SaveCallAsync(c), typeof(AnnualCall), typeof(CallView)),
        Post("CreateDraft", "applicant/projects", Applicants, "新建申报书草稿 / Create a draft application", c => c.Handler<ApplicantHandlers>().CreateDraftAsync(c), typeof(CreateDraftRequest), status: 201),
        Put("UpdateDraft", "applicant/projects/{projectId}", Applicants, "修改申报书（需 If-Match）/ Update a draft (If-Match)", c => c.Handler<ApplicantHandlers>().UpdateDraftAsync(c), typeof(ApplicationForm)),
        Post("SubmitApplication", "applicant/projects/{projectId}/submit", Applicants, "提交申报，启动流程 / Submit and start the lifecycle", c => c.Handler<ApplicantHandlers>().SubmitAsync(c), null),
        Get("ListOwnProjects", "applicant/projects", Applicants, "本单位项目 / The caller's institution's projects", c => c.Handler<ApplicantHandlers>().ListOwnAsync(c), typeof(ProjectList)),
        Post("Resubmit", "applicant/projects/{projectId}/resubmit", Applicants, "修改后重新提交 / Resubmit after correction", c => c.Handler<ApplicantHandlers>().ResubmitAsync(c), null),
        Post("SignContract", "applicant/projects/{projectId}/contract-signature", Applicants, "签订任务书 / Sign the contract", c => c.Handler<ApplicantHandlers>().SignContractAsync(c), null),
        Post("SubmitMidTermReport", "applicant/projects/{projectId}/mid-term-report", Applicants, "提交中期报告 / Submit the mid-term report", c => c.Handler<ApplicantHandlers>().SubmitMidTermReportAsync(c), typeof(MidTermReportRequest)),
        Post("SubmitAcceptanceReport", "applicant/projects/{projectId}/acceptance-report", Applicants, "提交验收材料 / Submit acceptance materials", c => c.Handler<ApplicantHandlers>().SubmitAcceptanceReportAsync(c), typeof(AcceptanceReportRequest)),
        Post("RequestExtension", "applicant/projects/{projectId}/extension-request", Applicants, "申请延期 / Request an extension", c => c.Handler<ApplicantHandlers>().RequestExtensionAsync(c), typeof(ExtensionRequestBody)),
        Post("Withdraw", "applicant/projects/{projectId}/withdrawal", Applicants, "撤回 / Withdraw", c => c.Handler<ApplicantHandlers>().WithdrawAsync(c), typeof(ReasonRequest)),
        Get("GetProject", "projects/{projectId}", Owners, "项目详情 / A project with its stage and deadline", c => c.Handler<ApplicantHandlers>().GetAsync(c), typeof(ProjectView)),
        Get("GetAuditTrail", "projects/{projectId}/audit", Owners, "项目流转记录 / A project's audit trail", c => c.Handler<ApplicantHandlers>().GetAuditAsync(c), typeof(IReadOnlyList<AuditEntry>)),
        Get("ListProjects", "officer/projects", Officers, "项目查询 / Filter projects", c => c.Handler<OfficerHandlers>().ListAsync(c), typeof(ProjectList), ["year", "program", "stage", "category", "institution", "overdue"]),
        Post("DecideEligibility", "officer/projects/{projectId}/eligibility", Officers, "形式审查 / Eligibility decision", c => c.Handler<OfficerHandlers>().DecideEligibilityAsync(c), typeof(EligibilityDecisionRequest)),
        Post("DecideFunding", "officer/projects/{projectId}/funding-decision", Officers, "评审结论：拟资助公示或不予资助 / Publish for funding or decline", c => c.Handler<OfficerHandlers>().DecideFundingAsync(c), typeof(FundingDecisionRequest)),
        Post("ResolveObjection", "officer/projects/{projectId}/objections/{objectionId}/resolution", Officers, "异议处理 / Resolve an objection", c => c.Handler<OfficerHandlers>().ResolveObjectionAsync(c), typeof(ObjectionResolutionRequest)),
        Post("Approve", "officer/projects/{projectId}/approval", Officers, "批复立项 / Approve", c => c.Handler<OfficerHandlers>().ApproveAsync(c), null),
        Post("DecideMidTerm", "officer/projects/{projectId}/mid-term-decision", Officers, "中期检查结论 / Mid-term decision", c => c.Handler<OfficerHandlers>().DecideMidTermAsync(c), typeof(DecisionRequest)),
        Post("DecideAcceptance", "officer/projects/{projectId}/acceptance-decision", Officers, "验收结论 / Acceptance decision", c => c.Handler<OfficerHandlers>().DecideAcceptanceAsync(c), typeof(DecisionRequest)),
        Post("DecideExtension", "officer/projects/{projectId}/extension-decision", Officers, "延期审批 / Extension decision", c => c.Handler<OfficerHandlers>().DecideExtensionAsync(c), typeof(DecisionRequest)),
        Post("Terminate", "officer/projects/{projectId}/termination", Officers, "终止项目 / Terminate", c => c.Handler<OfficerHandlers>().TerminateAsync(c), typeof(TerminationRequest)),
        Get("ReadOutbox", "officer/outbox", Officers, "发件箱 / Emails sent", c => c.Handler<OfficerHandlers>().OutboxAsync(c), typeof(IReadOnlyList<SentEmail>), ["projectId"]),
        Get("PublicityList", "public/publicity", Anyone, "公示名单 / Projects on publicity", c => c.Handler<PublicHandlers>().PublicityAsync(c), typeof(IReadOnlyList<PublicityNotice>), ["year"]),
        Post("FileObjection", "public/projects/{projectId}/objections", Anyone, "提出异议 / File an objection", c => c.Handler<PublicHandlers>().ObjectAsync(c), typeof(ObjectionRequest), status: 201, response: typeof(ObjectionReceipt)),
        Post("RequestEvidenceSlot", "applicant/projects/{projectId}/evidence-slots", Owners, "申请佐证材料上传地址 / A write-only upload URL for one evidence file", c => c.Handler<EvidenceHandlers>().RequestSlotAsync(c), typeof(EvidenceSlotRequest), status: 201, response: typeof(App.Evidence.UploadSlot)),
        Get("ListEvidence", "projects/{projectId}/evidence", Owners, "佐证材料列表 / A project's evidence files", c => c.Handler<EvidenceHandlers>().ListAsync(c), typeof(IReadOnlyList<Domain.Evidence.EvidenceRecord>)),
        Get("EvidenceManifest", "projects/{projectId}/evidence-manifest", Owners, "佐证材料清单（含SHA-256）/ Evidence manifest with hashes (JSON or CSV)", c => c.Handler<EvidenceHandlers>().ManifestAsync(c), null, ["format"]),
        Get("EvidenceDownload", "officer/projects/{projectId}/evidence-download", Officers, "佐证材料下载地址 / A short-lived read URL for one file", c => c.Handler<EvidenceHandlers>().DownloadAsync(c), typeof(EvidenceDownload), ["blob"]),
        Get("ListExperts", "officer/experts", Officers, "专家信息库 / The expert database", c => c.Handler<ReviewHandlers>().ListExpertsAsync(c), typeof(IReadOnlyList<Domain.Review.Expert>)),
        Put("SaveExpert", "officer/experts/{expertId}", Officers, "新增或修改专家 / Create or replace an expert", c => c.Handler<ReviewHandlers>().SaveExpertAsync(c), typeof(Domain.Review.Expert), typeof(Domain.Review.Expert)),
        Post("ImportCarriedOverProjects", "officer/projects/import", Officers, "导入上年结转项目（CSV 或 Excel）/ Import carried-over projects from CSV or xlsx", c => c.Handler<ImportHandlers>().ImportCarriedOverAsync(c), typeof(Projects.Import.CarriedOverImportRequest), response: typeof(Projects.Import.CarriedOverImportView)),
        Post("ImportExperts", "officer/experts/import", Officers, "导入专家（CSV，UTF-8 或 GB18030）/ Import experts from CSV", c => c.Handler<ReviewHandlers>().ImportExpertsAsync(c), typeof(ExpertImportRequest), response: typeof(ExpertImportView)),
        Post("AssignReviewers", "officer/calls/{callId}/review-assignments", Officers, "分配评审专家 / Assign review panels", c => c.Handler<ReviewHandlers>().AssignAsync(c), null, response: typeof(AssignmentRunView)),
        Get("ListReviewAssignments", "officer/calls/{callId}/review-assignments", Officers, "评审分配 / A call's review assignments", c => c.Handler<ReviewHandlers>().ListAssignmentsAsync(c), typeof(IReadOnlyList<ReviewAssignmentState>)),
        Get("ReviewRanking", "officer/calls/{callId}/ranking", Officers, "评审排名 / Ranking by panel score", c => c.Handler<ReviewHandlers>().RankingAsync(c), typeof(IReadOnlyList<RankingRow>)),
        Post("ProposeFunding", "officer/calls/{callId}/funding-proposal", Officers, "拟资助名单 / Funding proposal (apply to publish it)", c => c.Handler<ReviewHandlers>().ProposeFundingAsync(c), typeof(FundingProposalRequest), response: typeof(Domain.Review.ProposedFundingList)),
        Get("MyReviewAssignments", "expert/assignments", Experts, "我的评审任务 / The caller's review assignments", c => c.Handler<ReviewHandlers>().MyAssignmentsAsync(c), typeof(IReadOnlyList<ExpertAssignmentView>)),
        Get("ReviewApplication", "expert/assignments/{projectId}", Experts, "评审申报书（匿名）/ The application, anonymised", c => c.Handler<ReviewHandlers>().ApplicationAsync(c), typeof(AnonymisedApplication)),
        Post("SubmitScores", "expert/assignments/{projectId}/scores", Experts, "提交评分 / Submit a score sheet", c => c.Handler<ReviewHandlers>().ScoreAsync(c), typeof(ScoreSheetRequest), response: typeof(ReviewAssignmentState)),
        Post("DeclineReview", "expert/assignments/{projectId}/decline", Experts, "回避或拒绝评审 / Decline with a reason", c => c.Handler<ReviewHandlers>().DeclineAsync(c), typeof(ReasonRequest), response: typeof(DeclineView)),
        Get("CreditRecord", "officer/credit/{subjectKind}/{subjectId}", Officers, "信用记录 / A PI's or institution's credit record", c => c.Handler<CreditHandlers>().ViewAsync(c), typeof(Credit.CreditView)),
        Post("CorrectCredit", "officer/credit/{subjectKind}/{subjectId}/corrections", Officers, "信用修正 / Correct a credit record (reason required)", c => c.Handler<CreditHandlers>().CorrectAsync(c), typeof(CreditCorrectionRequest), response: typeof(Credit.CreditView)),
        Post("RecordMisconduct", "officer/credit/{subjectKind}/{subjectId}/misconduct", Officers, "记录违规行为与禁入期 / Record a misconduct finding and its ban", c => c.Handler<CreditHandlers>().RecordMisconductAsync(c), typeof(MisconductRequest), response: typeof(Credit.CreditView)),
        Get("GetYearEndInputs", "officer/reports/{year}/inputs", Officers, "自评表年度录入项 / The year-end inputs", c => c.Handler<ReportHandlers>().GetInputsAsync(c), typeof(Domain.Reporting.YearEndInputs)),
        Put("SaveYearEndInputs", "officer/reports/{year}/inputs", Officers, "录入预算数、评价与偏差说明 / Budgets, assessments and deviation explanations", c => c.Handler<ReportHandlers>().SaveInputsAsync(c), typeof(Domain.Reporting.YearEndInputs), typeof(Domain.Reporting.YearEndInputs)),
        Get("SelfEvaluationReport", "officer/reports/self-evaluation", Officers, "绩效自评表（JSON/CSV/xlsx/PNG）/ The self-evaluation report", c => c.Handler<ReportHandlers>().SelfEvaluationAsync(c), typeof(Domain.Reporting.SelfEvaluationReport), ["year", "program", "format"]),
        Post("AnswerSurvey", "surveys/projects/{projectId}", Owners, "满意度调查 / Answer the satisfaction survey", c => c.Handler<ReportHandlers>().AnswerSurveyAsync(c), typeof(SurveyAnswerRequest), response: typeof(Domain.Reporting.SurveyAnswer)),
        Get("OpenApiDocument", "openapi.json", Anyone, "OpenAPI 文档 / This API's OpenAPI 3 document", c => Task.FromResult(ApiResult.Ok(OpenApiDocumentBuilder.Json())), null),
    ];

    /// <summary>The route with a name.</summary>
    public static ApiRoute Named(string name) => All.Single(r => r.Name == name);

    private static ApiRoute Get(string name, string template, Role[] roles, string summary, Func<ApiCall, Task<ApiResult>> handle, Type? response, IReadOnlyList<string>? query = null) =>
        new(name, "GET", template, roles.ToHashSet(), summary, handle, null, response, 200, false, query);

    private static ApiRoute Put(string name, string template, Role[] roles, string summary, Func<ApiCall, Task<ApiResult>> handle, Type body, Type? response = null) =>
        new(name, "PUT", template, roles.ToHashSet(), summary, handle, body, response ?? typeof(ProjectView));

    private static ApiRoute Post(string name, string template, Role[] roles, string summary, Func<ApiCall, Task<ApiResult>> handle, Type? body, int status = 200, Type? response = null) =>
        new(name, "POST", template, roles.ToHashSet(), summary, handle, body, response ?? typeof(ProjectView), status, Idempotent: true);
}
