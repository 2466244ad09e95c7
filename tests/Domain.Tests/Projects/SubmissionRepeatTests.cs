using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Projects;

/// <summary>Which second submission repeats the first (answered as it) and which is a new, illegal one.</summary>
public class SubmissionRepeatTests
{
    private static (Project Project, AuditEntry Last) Submitted()
    {
        var project = Samples.Draft();
        project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        return (project, project.PendingAudit[^1]);
    }

    [Fact]
    public void The_same_applicants_submission_with_nothing_since_is_a_repeat()
    {
        var (project, last) = Submitted();

        Assert.True(project.IsRepeatOfLastSubmission(Samples.Applicant, last));
        Assert.True(project.IsRepeatOfLastSubmission(Samples.Applicant with { DisplayName = "张伟（改名）" }, last));
    }

    [Fact]
    public void A_colleagues_submission_is_not_a_repeat()
    {
        var (project, last) = Submitted();

        Assert.False(project.IsRepeatOfLastSubmission(Samples.Applicant with { Id = "pi-2" }, last));
        Assert.False(project.IsRepeatOfLastSubmission(Samples.Officer with { Id = Samples.Applicant.Id }, last));
    }

    [Fact]
    public void After_a_later_step_or_without_a_submission_nothing_is_a_repeat()
    {
        var (project, submission) = Submitted();
        project.PassEligibility(Samples.Officer, Samples.InCallWindow);

        Assert.False(project.IsRepeatOfLastSubmission(Samples.Applicant, submission));
        Assert.False(project.IsRepeatOfLastSubmission(Samples.Applicant, project.PendingAudit[^1]));
        Assert.False(Samples.Draft().IsRepeatOfLastSubmission(Samples.Applicant, null));
    }

    [Fact]
    public void Another_projects_submission_is_not_a_repeat()
    {
        var (project, last) = Submitted();

        Assert.False(project.IsRepeatOfLastSubmission(Samples.Applicant, last with { ProjectId = "P-OTHER" }));
    }
}
