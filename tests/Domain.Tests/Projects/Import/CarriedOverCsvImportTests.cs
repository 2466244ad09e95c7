using System.Text;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Projects.Import;

namespace XjKeji.Domain.Tests.Projects.Import;

/// <summary>Reading carried-over projects: every row checked, every problem reported at once, nothing on error.</summary>
public class CarriedOverCsvImportTests
{
    private static readonly DateOnly Today = new(2018, 3, 12);

    private const string Header = "编号,项目名称,类别,计划年度,承担单位编码,承担单位,负责人编号,负责人,负责人邮箱,阶段,立项日期,合同签订日期,执行开始,执行结束,批复财政资金,自筹资金,年度拨款,绩效目标,中期检查已通过";

    private static string Row(string id = "AX-2017-001", string category = "AidXinjiangB", string year = "2017", string stage = "执行",
        string approvedOn = "2017-06-01", string signedOn = "2017-06-20", string startsOn = "2017-07-01", string endsOn = "2019-06-30",
        string approved = "400000", string selfRaised = "120000.50", string disbursements = "2017:250000；2018:150000", string targets = "AX-TALENTS=4；AX-IP=1", string midTerm = "否") =>
        $"{id},和田地区设施农业技术示范,{category},{year},91650000-INST-07,和田地区农业技术推广中心,pi-07,买买提·艾力,pi07@example.cn,{stage},{approvedOn},{signedOn},{startsOn},{endsOn},{approved},{selfRaised},{disbursements},{targets},{midTerm}";

    private static CarriedOverImportResult Parse(params string[] rows) => CarriedOverCsvImport.Parse(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows])), Today);

    [Fact]
    public void A_valid_row_becomes_a_carried_over_project_with_its_funds_and_targets()
    {
        var result = Parse(Row());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message.En)));
        var p = Assert.Single(result.Projects);
        Assert.Equal(("AX-2017-001", CategoryCode.AidXinjiangB, 2017, ProjectStage.Execution), (p.Id, p.Category, p.ProgramYear, p.Stage));
        Assert.Equal("买买提·艾力", p.PrincipalInvestigator.Name);
        Assert.Equal((400_000m, 120_000.50m), (p.ApprovedFiscalCny, p.SelfRaisedCny));
        Assert.Equal([new(2017, 250_000m), new(2018, 150_000m)], p.Disbursements);
        Assert.Equal([new IndicatorTarget("AX-TALENTS", IndicatorValue.Of(4)), new IndicatorTarget("AX-IP", IndicatorValue.Of(1))], p.Targets);
        Assert.Equal("2017-AidXinjiang-carried-over", p.CallId);
    }

    [Fact]
    public void Gb18030_files_from_excel_are_read()
    {
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var result = CarriedOverCsvImport.Parse(gb.GetBytes(Header + "\r\n" + Row(stage: "中期检查") + "\r\n"), Today);
        Assert.Equal("GB18030", result.EncodingName);
        Assert.Equal(ProjectStage.MidTermInspection, Assert.Single(result.Projects).Stage);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_and_nothing_is_returned()
    {
        var result = Parse(
            Row(),
            Row(id: "AX-2017-002", category: "援疆D类", year: "2018", stage: "结题"),
            Row(id: "AX-2017-003", approved: "-5", disbursements: "2016:100", targets: "SCO-JOBS=3"),
            Row(id: "AX-2017-001", signedOn: "", endsOn: "2017-05-01"));

        Assert.Empty(result.Projects);
        var byRow = result.Errors.ToLookup(e => e.Row);
        
        // Program year 2018 also puts the 2017 approval date and disbursement before it.
        Assert.Equal(["unknown-category", "not-carried-over", "not-importable-stage", "out-of-range", "before-program-year"], byRow[3].Select(e => e.Code));
        Assert.Equal(["invalid-amount", "unknown-indicator", "before-program-year"], byRow[4].Select(e => e.Code));
        Assert.Equal(["required", "before-start", "duplicate-id"], byRow[5].Select(e => e.Code));
        Assert.Equal("合同签订日期", byRow[5].First().Column);
        Assert.StartsWith("第5行“合同签订日期”", byRow[5].First().Message.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Errors, e => e.Row == 2);
    }

    [Fact]
    public void Disbursements_may_not_exceed_the_approved_amount()
    {
        var result = Parse(Row(approved: "300000", disbursements: "2017:250000；2018:150000"));
        Assert.Equal("exceeds-approved", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_project_still_at_contract_has_no_signature_date_and_one_past_it_must_have_one()
    {
        Assert.Equal("not-yet-signed", Assert.Single(Parse(Row(stage: "Contract")).Errors).Code);
        Assert.True(Parse(Row(stage: "Contract", signedOn: "")).Succeeded);
        Assert.Equal("required", Assert.Single(Parse(Row(stage: "AcceptanceDue", signedOn: "")).Errors).Code);
    }

    [Fact]
    public void Missing_and_unknown_columns_stop_the_file_at_its_header()
    {
        var result = CarriedOverCsvImport.Parse(Encoding.UTF8.GetBytes("编号,项目名称,颜色\n1,2,3"), Today);
        Assert.Contains(result.Errors, e => e.Code == "unknown-column" && e.Column == "颜色");
        Assert.Contains(result.Errors, e => e.Code == "missing-column" && e.Column == "年度拨款");
        Assert.All(result.Errors, e => Assert.Equal(1, e.Row));
    }

    [Fact]
    public void At_least_targets_and_english_headers_are_accepted()
    {
        var english = "id,title,category,programYear,institutionId,institutionName,piId,piName,piEmail,stage,approvedOn,contractSignedOn,executionStartsOn,executionEndsOn,approvedFiscalCny,disbursements,targets";
        var row = "SCO-2017-1,中哈农业合作,ScoGeneral,2017,INST-1,新疆农科院,pi-1,李娜,li@example.cn,Execution,2017/6/1,2017/6/20,2017/7/1,2019/6/30,350000,2017:200000,SCO-DEMO-BASE>=1";
        var result = CarriedOverCsvImport.Parse(Encoding.UTF8.GetBytes(english + "\n" + row), Today);
        var p = Assert.Single(result.Projects);
        Assert.Equal(IndicatorValue.AtLeast(1), Assert.Single(p.Targets).Value);
        Assert.Equal(0m, p.SelfRaisedCny);
    }

    [Fact]
    public void The_imported_project_is_carried_over_at_its_stage_with_one_audit_entry()
    {
        var row = Assert.Single(Parse(Row(midTerm: "是")).Projects);
        var at = new DateTimeOffset(2018, 3, 12, 9, 0, 0, TimeSpan.FromHours(8));
        var project = Project.ImportCarriedOver(row, Samples.Officer, at, "carried-over-2018.csv");
        var s = project.ToSnapshot();
        Assert.Equal((ProjectStage.Execution, true, true, 400_000m, 1), (s.Stage, s.IsCarriedOver, s.MidTermPassed, s.ApprovedFiscalCny, s.AuditSequence));
        Assert.Equal(150_000m, s.Form.Budget.FiscalInYear(2018));
        Assert.Equal(520_000.50m, s.Form.Budget.TotalCny);
        var audit = Assert.Single(project.PendingAudit);
        Assert.Equal((ProjectAction.ImportCarriedOver, ProjectStage.Draft, ProjectStage.Execution, "carried-over-2018.csv"), (audit.Action, audit.From, audit.To, audit.Reason));
        Assert.Throws<IllegalTransitionException>(() => Project.ImportCarriedOver(row, Samples.Applicant, at, "x"));
    }
}
