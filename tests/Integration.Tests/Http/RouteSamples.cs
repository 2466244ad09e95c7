using XjKeji.App.Http;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.Integration.Tests.Http;

/// <summary>A well-formed body for every route that takes one, and the concrete path of every route for a project.</summary>
internal static class RouteSamples
{
    public static object? Body(ApiRoute route) => route.RequestBody?.Name switch
    {
        nameof(CreateDraftRequest) => new CreateDraftRequest(LocalHostScenario.YearCall.Id, Samples.AidForm()),
        nameof(ApplicationForm) => Samples.AidForm(),
        "AnnualCall" => LocalHostScenario.YearCall,
        nameof(ReasonRequest) => new ReasonRequest("原因"),
        nameof(MidTermReportRequest) => new MidTermReportRequest("进展顺利"),
        nameof(AcceptanceReportRequest) => new AcceptanceReportRequest([new IndicatorActual("AX-TALENTS", IndicatorValue.Of(3), ["E-1"])]),
        nameof(ExtensionRequestBody) => new ExtensionRequestBody(6, "试验延误"),
        nameof(EligibilityDecisionRequest) => new EligibilityDecisionRequest(EligibilityDecision.Pass),
        nameof(FundingDecisionRequest) => new FundingDecisionRequest(true, new DateOnly(2018, 5, 7)),
        nameof(ObjectionRequest) => new ObjectionRequest("刘强", "13900000000", "异议内容"),
        nameof(ObjectionResolutionRequest) => new ObjectionResolutionRequest(false, "不成立"),
        nameof(DecisionRequest) => new DecisionRequest(true, "同意"),
        nameof(TerminationRequest) => new TerminationRequest(TerminationCause.ByRequest, "申请终止"),
        nameof(App.Http.Handlers.EvidenceSlotRequest) => new App.Http.Handlers.EvidenceSlotRequest(Domain.Evidence.EvidenceKind.MidTermReport, "中期报告.pdf", 1024),
        nameof(Domain.Review.Expert) => SampleExpert,
        nameof(App.Projects.Import.CarriedOverImportRequest) => new App.Projects.Import.CarriedOverImportRequest(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            "编号,项目名称,类别,计划年度,承担单位编码,承担单位,负责人编号,负责人,负责人邮箱,阶段,立项日期,合同签订日期,执行开始,执行结束,批复财政资金,年度拨款\n" +
            "sample-carried-" + Guid.NewGuid().ToString("N")[..8] + ",结转示例项目,AidXinjiangB,2017,91650000-INST-A,示例单位,pi-1,张伟,pi1@example.cn,Execution,2017-06-01,2017-06-20,2017-07-01,2019-06-30,400000,2017:250000\n")), "sample.csv"),
        nameof(ExpertImportRequest) => new ExpertImportRequest(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("编号,姓名,单位,领域,地区,可用\nEX-9,周敏,91650000-INST-Z,农业,区内,是\n"))),
        nameof(ScoreSheetRequest) => new ScoreSheetRequest(Domain.Review.ReviewCriteria.Default.Criteria.ToDictionary(c => c.Code, _ => 80m), "论证充分"),
        nameof(FundingProposalRequest) => new FundingProposalRequest(),
        nameof(CreditCorrectionRequest) => new CreditCorrectionRequest(-5, "补充材料不实"),
        nameof(MisconductRequest) => new MisconductRequest("F-1", Domain.Credit.MisconductCategory.Plagiarism, Domain.Credit.MisconductSeverity.General, new DateOnly(2018, 5, 1), 1, "抄袭"),
        nameof(Domain.Reporting.YearEndInputs) => new Domain.Reporting.YearEndInputs([new(Domain.Programs.ProgramCode.AidXinjiang, 40_000_000m, 40_000_000m)], [], [], []),
        nameof(SurveyAnswerRequest) => new SurveyAnswerRequest(true, "满意"),
        null => null,
        var other => throw new InvalidOperationException($"No sample body for {other}; add one."),
    };

    public static Domain.Review.Expert SampleExpert { get; } = new("EX-1", "赵教授", "91650000-INST-X", [Domain.Programs.ScoPriorityField.Agriculture], ["节水灌溉"],
        Domain.Review.ExpertRegion.OutsideXinjiang, true, 0, [], "zhao.jiaoshou@xju.edu.cn");

    public static string Path(ApiRoute route, string projectId) =>
        route.Path.Replace("{projectId}", projectId, StringComparison.Ordinal)
            .Replace("{objectionId}", "O-1", StringComparison.Ordinal)
            .Replace("{callId}", LocalHostScenario.YearCall.Id, StringComparison.Ordinal)
            .Replace("{expertId}", SampleExpert.Id, StringComparison.Ordinal)
            .Replace("{subjectKind}", "Person", StringComparison.Ordinal)
            .Replace("{year}", "2018", StringComparison.Ordinal)
            .Replace("{subjectId}", "pi-credit-sample", StringComparison.Ordinal)
            .TrimStart('/');
}
