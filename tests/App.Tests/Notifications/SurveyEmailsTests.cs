using XjKeji.App.Notifications;
using XjKeji.App.Workflow;
using XjKeji.Domain.Notifications;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Notifications;

public class SurveyEmailsTests
{
    private static readonly WorkflowOptions Options = new() { OfficerEmail = "jhc@xjkjt.example.cn", PortalBaseUrl = new Uri("https://portal.xjkjt.example.cn/xm/") };

    // 2018-05-21 10:00 Beijing.
    private static readonly DateTimeOffset ApprovedAt = new(2018, 5, 21, 2, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(int sequence, ProjectAction action, ProjectStage from, ProjectStage to, DateTimeOffset? at = null) =>
        new("P-2018-0001", sequence, at ?? ApprovedAt, Actor.System("step"), action, from, to, null);

    private static Project Aid(ProjectStage stage) => Samples.InStage(stage);

    private static Project Sco(ProjectStage stage) => Project.Rehydrate(Samples.InStage(stage).ToSnapshot() with { CallId = "2018-Sco", Form = Samples.ScoForm() });

    [Fact]
    public void An_AidXinjiang_approval_mails_the_PI_once_with_title_decision_date_and_survey_link()
    {
        var trail = new[]
        {
            Entry(4, ProjectAction.EndPublicity, ProjectStage.Publicity, ProjectStage.Approval),
            Entry(5, ProjectAction.Approve, ProjectStage.Approval, ProjectStage.Contract),
        };

        var mail = Assert.Single(SurveyEmails.For(Aid(ProjectStage.Contract), trail, Options));

        Assert.Equal(("P-2018-0001:audit:5:survey:Applicant", "zhang.wei@example.cn", EmailKind.Survey, "P-2018-0001"),
            (mail.DeduplicationKey, mail.To, mail.Kind, mail.ProjectId));
        Assert.Equal("【满意度调查】项目《南疆设施农业节水灌溉技术示范与推广》批复立项", mail.Subject);
        Assert.StartsWith("张伟：\n您负责的项目《南疆设施农业节水灌溉技术示范与推广》（编号 P-2018-0001）已于 2018年5月21日 批复立项。", mail.Body, StringComparison.Ordinal);
        Assert.Contains("问卷地址：https://portal.xjkjt.example.cn/xm/surveys/projects/P-2018-0001", mail.Body, StringComparison.Ordinal);
        Assert.Contains("请勿直接回复", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_SCO_decision_also_asks_the_officer_mailbox_for_the_project_site()
    {
        var trail = new[] { Entry(3, ProjectAction.DeclineFunding, ProjectStage.ExpertReview, ProjectStage.Rejected) };

        var mails = SurveyEmails.For(Sco(ProjectStage.Rejected), trail, Options);

        Assert.Equal(
            [("P-2018-0001:audit:3:survey:Applicant", "zhang.wei@example.cn"), ("P-2018-0001:audit:3:survey:ProjectSite", "jhc@xjkjt.example.cn")],
            mails.Select(m => (m.DeduplicationKey, m.To)));
        Assert.All(mails, m => Assert.Equal("【满意度调查】项目《中哈跨境动物疫病联合防控技术合作》经专家评审未获资助", m.Subject));
        var site = mails[1].Body;
        Assert.StartsWith("计划处：\n上合组织科技伙伴计划项目《中哈跨境动物疫病联合防控技术合作》（编号 P-2018-0001，实施地：哈萨克斯坦，合作单位：哈萨克国立农业大学）", site, StringComparison.Ordinal);
        Assert.Contains("问卷地址：https://portal.xjkjt.example.cn/xm/surveys/projects/P-2018-0001", site, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_decision_gets_its_own_key_and_deriving_again_gives_the_same_emails()
    {
        var trail = new[]
        {
            Entry(5, ProjectAction.Approve, ProjectStage.Approval, ProjectStage.Contract),
            Entry(6, ProjectAction.SignContract, ProjectStage.Contract, ProjectStage.Execution),
            Entry(9, ProjectAction.FailAcceptance, ProjectStage.AcceptanceReview, ProjectStage.AcceptanceFailed, ApprovedAt.AddYears(2)),
        };
        var project = Sco(ProjectStage.AcceptanceFailed);

        var first = SurveyEmails.For(project, trail, Options);
        var again = SurveyEmails.For(project, trail, Options);

        Assert.Equal(4, first.Count);
        Assert.Equal(first.Count, first.Select(m => m.DeduplicationKey).Distinct().Count());
        Assert.Equal(first, again);
        Assert.Equal(2, first.Count(m => m.Subject.EndsWith("验收未通过", StringComparison.Ordinal) && m.Body.Contains("2020年5月21日", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_decision_no_survey()
    {
        var trail = new[]
        {
            Entry(1, ProjectAction.Submit, ProjectStage.Draft, ProjectStage.EligibilityCheck),
            Entry(2, ProjectAction.RejectEligibility, ProjectStage.EligibilityCheck, ProjectStage.Rejected),
        };
        Assert.Empty(SurveyEmails.For(Sco(ProjectStage.Rejected), trail, Options));
    }

    [Fact]
    public void The_link_escapes_the_project_id()
    {
        Assert.Equal("https://portal.xjkjt.example.cn/xm/surveys/projects/P%2F1%23%E6%96%B0", SurveyEmails.Link(Options.PortalBaseUrl, "P/1#新").AbsoluteUri);
    }
}
