using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using XjKeji.App.Http;
using XjKeji.Functions.Workflow;

namespace XjKeji.Functions.Http;

/// <summary>
/// One thin function per route of <see cref="ApiRoutes"/>: the trigger carries the request to the same dispatcher
/// LocalHost uses, which writes the response. Authorization level is anonymous because App Service authentication
/// (Entra ID) and the dispatcher's role checks decide who may call what. A test checks these functions against
/// <see cref="ApiRoutes.All"/>, so a route missing here fails the tests.
/// </summary>
public sealed class ApiFunctions(ApiDispatcher dispatcher)
{
    /// <summary>GET /api/calls</summary>
    [Function(nameof(ListCalls))]
    public Task<IActionResult> ListCalls([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calls")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListCalls));

    /// <summary>PUT /api/officer/calls/{callId}</summary>
    [Function(nameof(SaveCall))]
    public Task<IActionResult> SaveCall([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "officer/calls/{callId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SaveCall));

    /// <summary>POST /api/applicant/projects</summary>
    [Function(nameof(CreateDraft))]
    public Task<IActionResult> CreateDraft([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(CreateDraft));

    /// <summary>PUT /api/applicant/projects/{projectId}</summary>
    [Function(nameof(UpdateDraft))]
    public Task<IActionResult> UpdateDraft([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "applicant/projects/{projectId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(UpdateDraft));

    /// <summary>POST /api/applicant/projects/{projectId}/submit</summary>
    [Function(nameof(SubmitApplication))]
    public Task<IActionResult> SubmitApplication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/submit")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SubmitApplication));

    /// <summary>GET /api/applicant/projects</summary>
    [Function(nameof(ListOwnProjects))]
    public Task<IActionResult> ListOwnProjects([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "applicant/projects")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListOwnProjects));

    /// <summary>POST /api/applicant/projects/{projectId}/resubmit</summary>
    [Function(nameof(Resubmit))]
    public Task<IActionResult> Resubmit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/resubmit")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(Resubmit));

    /// <summary>POST /api/applicant/projects/{projectId}/contract-signature</summary>
    [Function(nameof(SignContract))]
    public Task<IActionResult> SignContract([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/contract-signature")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SignContract));

    /// <summary>POST /api/applicant/projects/{projectId}/mid-term-report</summary>
    [Function(nameof(SubmitMidTermReport))]
    public Task<IActionResult> SubmitMidTermReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/mid-term-report")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SubmitMidTermReport));

    /// <summary>POST /api/applicant/projects/{projectId}/acceptance-report</summary>
    [Function(nameof(SubmitAcceptanceReport))]
    public Task<IActionResult> SubmitAcceptanceReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/acceptance-report")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SubmitAcceptanceReport));

    /// <summary>POST /api/applicant/projects/{projectId}/extension-request</summary>
    [Function(nameof(RequestExtension))]
    public Task<IActionResult> RequestExtension([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/extension-request")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(RequestExtension));

    /// <summary>POST /api/applicant/projects/{projectId}/withdrawal</summary>
    [Function(nameof(Withdraw))]
    public Task<IActionResult> Withdraw([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/withdrawal")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(Withdraw));

    /// <summary>GET /api/projects/{projectId}</summary>
    [Function(nameof(GetProject))]
    public Task<IActionResult> GetProject([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(GetProject));

    /// <summary>GET /api/projects/{projectId}/audit</summary>
    [Function(nameof(GetAuditTrail))]
    public Task<IActionResult> GetAuditTrail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId}/audit")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(GetAuditTrail));

    /// <summary>GET /api/officer/projects</summary>
    [Function(nameof(ListProjects))]
    public Task<IActionResult> ListProjects([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/projects")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListProjects));

    /// <summary>POST /api/officer/projects/{projectId}/eligibility</summary>
    [Function(nameof(DecideEligibility))]
    public Task<IActionResult> DecideEligibility([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/eligibility")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DecideEligibility));

    /// <summary>POST /api/officer/projects/{projectId}/funding-decision</summary>
    [Function(nameof(DecideFunding))]
    public Task<IActionResult> DecideFunding([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/funding-decision")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DecideFunding));

    /// <summary>POST /api/officer/projects/{projectId}/objections/{objectionId}/resolution</summary>
    [Function(nameof(ResolveObjection))]
    public Task<IActionResult> ResolveObjection([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/objections/{objectionId}/resolution")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ResolveObjection));

    /// <summary>POST /api/officer/projects/{projectId}/approval</summary>
    [Function(nameof(Approve))]
    public Task<IActionResult> Approve([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/approval")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(Approve));

    /// <summary>POST /api/officer/projects/{projectId}/mid-term-decision</summary>
    [Function(nameof(DecideMidTerm))]
    public Task<IActionResult> DecideMidTerm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/mid-term-decision")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DecideMidTerm));

    /// <summary>POST /api/officer/projects/{projectId}/acceptance-decision</summary>
    [Function(nameof(DecideAcceptance))]
    public Task<IActionResult> DecideAcceptance([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/acceptance-decision")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DecideAcceptance));

    /// <summary>POST /api/officer/projects/{projectId}/extension-decision</summary>
    [Function(nameof(DecideExtension))]
    public Task<IActionResult> DecideExtension([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/extension-decision")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DecideExtension));

    /// <summary>POST /api/officer/projects/{projectId}/termination</summary>
    [Function(nameof(Terminate))]
    public Task<IActionResult> Terminate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/{projectId}/termination")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(Terminate));

    /// <summary>GET /api/officer/outbox</summary>
    [Function(nameof(ReadOutbox))]
    public Task<IActionResult> ReadOutbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/outbox")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ReadOutbox));

    /// <summary>GET /api/public/publicity</summary>
    [Function(nameof(PublicityList))]
    public Task<IActionResult> PublicityList([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "public/publicity")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(PublicityList));

    /// <summary>POST /api/public/projects/{projectId}/objections</summary>
    [Function(nameof(FileObjection))]
    public Task<IActionResult> FileObjection([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "public/projects/{projectId}/objections")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(FileObjection));

    /// <summary>POST /api/applicant/projects/{projectId}/evidence-slots</summary>
    [Function(nameof(RequestEvidenceSlot))]
    public Task<IActionResult> RequestEvidenceSlot([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "applicant/projects/{projectId}/evidence-slots")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(RequestEvidenceSlot));

    /// <summary>GET /api/projects/{projectId}/evidence</summary>
    [Function(nameof(ListEvidence))]
    public Task<IActionResult> ListEvidence([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId}/evidence")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListEvidence));

    /// <summary>GET /api/projects/{projectId}/evidence-manifest</summary>
    [Function(nameof(EvidenceManifest))]
    public Task<IActionResult> EvidenceManifest([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "projects/{projectId}/evidence-manifest")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(EvidenceManifest));

    /// <summary>GET /api/officer/projects/{projectId}/evidence-download</summary>
    [Function(nameof(EvidenceDownload))]
    public Task<IActionResult> EvidenceDownload([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/projects/{projectId}/evidence-download")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(EvidenceDownload));

    /// <summary>GET /api/officer/experts</summary>
    [Function(nameof(ListExperts))]
    public Task<IActionResult> ListExperts([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/experts")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListExperts));

    /// <summary>PUT /api/officer/experts/{expertId}</summary>
    [Function(nameof(SaveExpert))]
    public Task<IActionResult> SaveExpert([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "officer/experts/{expertId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SaveExpert));

    /// <summary>POST /api/officer/projects/import</summary>
    [Function(nameof(ImportCarriedOverProjects))]
    public Task<IActionResult> ImportCarriedOverProjects([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/projects/import")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ImportCarriedOverProjects));

    /// <summary>POST /api/officer/experts/import</summary>
    [Function(nameof(ImportExperts))]
    public Task<IActionResult> ImportExperts([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/experts/import")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ImportExperts));

    /// <summary>POST /api/officer/calls/{callId}/review-assignments</summary>
    [Function(nameof(AssignReviewers))]
    public Task<IActionResult> AssignReviewers([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/calls/{callId}/review-assignments")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(AssignReviewers));

    /// <summary>GET /api/officer/calls/{callId}/review-assignments</summary>
    [Function(nameof(ListReviewAssignments))]
    public Task<IActionResult> ListReviewAssignments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/calls/{callId}/review-assignments")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ListReviewAssignments));

    /// <summary>GET /api/officer/calls/{callId}/ranking</summary>
    [Function(nameof(ReviewRanking))]
    public Task<IActionResult> ReviewRanking([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/calls/{callId}/ranking")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ReviewRanking));

    /// <summary>POST /api/officer/calls/{callId}/funding-proposal</summary>
    [Function(nameof(ProposeFunding))]
    public Task<IActionResult> ProposeFunding([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/calls/{callId}/funding-proposal")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ProposeFunding));

    /// <summary>GET /api/expert/assignments</summary>
    [Function(nameof(MyReviewAssignments))]
    public Task<IActionResult> MyReviewAssignments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "expert/assignments")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(MyReviewAssignments));

    /// <summary>GET /api/expert/assignments/{projectId}</summary>
    [Function(nameof(ReviewApplication))]
    public Task<IActionResult> ReviewApplication([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "expert/assignments/{projectId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(ReviewApplication));

    /// <summary>POST /api/expert/assignments/{projectId}/scores</summary>
    [Function(nameof(SubmitScores))]
    public Task<IActionResult> SubmitScores([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "expert/assignments/{projectId}/scores")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SubmitScores));

    /// <summary>POST /api/expert/assignments/{projectId}/decline</summary>
    [Function(nameof(DeclineReview))]
    public Task<IActionResult> DeclineReview([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "expert/assignments/{projectId}/decline")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(DeclineReview));

    /// <summary>GET /api/officer/credit/{subjectKind}/{subjectId}</summary>
    [Function(nameof(CreditRecord))]
    public Task<IActionResult> CreditRecord([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/credit/{subjectKind}/{subjectId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(CreditRecord));

    /// <summary>POST /api/officer/credit/{subjectKind}/{subjectId}/corrections</summary>
    [Function(nameof(CorrectCredit))]
    public Task<IActionResult> CorrectCredit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/credit/{subjectKind}/{subjectId}/corrections")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(CorrectCredit));

    /// <summary>POST /api/officer/credit/{subjectKind}/{subjectId}/misconduct</summary>
    [Function(nameof(RecordMisconduct))]
    public Task<IActionResult> RecordMisconduct([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "officer/credit/{subjectKind}/{subjectId}/misconduct")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(RecordMisconduct));

    /// <summary>GET /api/officer/reports/{year}/inputs</summary>
    [Function(nameof(GetYearEndInputs))]
    public Task<IActionResult> GetYearEndInputs([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/reports/{year}/inputs")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(GetYearEndInputs));

    /// <summary>PUT /api/officer/reports/{year}/inputs</summary>
    [Function(nameof(SaveYearEndInputs))]
    public Task<IActionResult> SaveYearEndInputs([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "officer/reports/{year}/inputs")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SaveYearEndInputs));

    /// <summary>GET /api/officer/reports/self-evaluation</summary>
    [Function(nameof(SelfEvaluationReport))]
    public Task<IActionResult> SelfEvaluationReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "officer/reports/self-evaluation")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(SelfEvaluationReport));

    /// <summary>POST /api/surveys/projects/{projectId}</summary>
    [Function(nameof(AnswerSurvey))]
    public Task<IActionResult> AnswerSurvey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/projects/{projectId}")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(AnswerSurvey));

    /// <summary>GET /api/openapi.json</summary>
    [Function(nameof(OpenApiDocument))]
    public Task<IActionResult> OpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        ServeAsync(request, client, nameof(OpenApiDocument));

    private async Task<IActionResult> ServeAsync(HttpRequest request, DurableTaskClient client, string routeName)
    {
        using (DurableClientScope.Use(client))
        {
            await dispatcher.HandleAsync(request.HttpContext, ApiRoutes.Named(routeName));
        }

        return new EmptyResult();
    }
}
