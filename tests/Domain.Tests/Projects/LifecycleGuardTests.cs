using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Validation;

namespace XjKeji.Domain.Tests.Projects;

public class LifecycleGuardTests
{
    private static readonly DateTimeOffset BeijingMay8 = new(2018, 5, 8, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submit_after_the_call_closes_in_Beijing_time_is_refused()
    {
        var lastMinute = new DateTimeOffset(2018, 3, 31, 15, 59, 0, TimeSpan.Zero); // 23:59 Beijing on the closing day
        var tooLate = new DateTimeOffset(2018, 3, 31, 16, 0, 0, TimeSpan.Zero);     // 00:00 Beijing on April 1

        var ok = Samples.Draft();
        ok.Submit(Samples.Applicant, lastMinute, Samples.AidCall());
        Assert.Equal(ProjectStage.EligibilityCheck, ok.Stage);

        var late = Samples.Draft();
        var error = Assert.Throws<IllegalTransitionException>(() => late.Submit(Samples.Applicant, tooLate, Samples.AidCall()));
        Assert.Equal(RefusalReason.GuardFailed, error.Reason);
        Assert.Contains("2018-03-31", error.Why.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_of_an_invalid_application_lists_every_problem_and_changes_nothing()
    {
        var project = Samples.Draft();
        project.UpdateForm(Samples.AidForm() with { Title = " ", Summary = "", PrincipalInvestigator = new("pi-1", "张伟", "not-an-email") }, Samples.Applicant);

        var error = Assert.Throws<DomainValidationException>(() => project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall()));

        Assert.Equal(["title", "summary", "principalInvestigator.email"], error.Problems.Select(p => p.Field));
        Assert.Equal(ProjectStage.Draft, project.Stage);
        Assert.Empty(project.PendingAudit);
    }

    [Fact]
    public void Objection_within_the_period_holds_approval_until_dismissed()
    {
        var project = Samples.InStage(ProjectStage.Publicity, publicityEndsOn: new DateOnly(2018, 5, 11));
        project.RaiseObjection(Samples.Public, BeijingMay8, "O-1", "刘强", "13900000000", "合作单位并未参与", Regulations.Defaults.ObjectionRules);
        var afterPeriod = new DateTimeOffset(2018, 5, 14, 2, 0, 0, TimeSpan.Zero);

        var held = Assert.Throws<IllegalTransitionException>(() => project.EndPublicity(Samples.System, afterPeriod));
        Assert.Contains("异议", held.Why.Zh, StringComparison.Ordinal);

        project.ResolveObjection(Samples.Officer, afterPeriod, "O-1", upheld: false, "经核实，合作单位已参与");
        project.EndPublicity(Samples.System, afterPeriod);
        Assert.Equal(ProjectStage.Approval, project.Stage);
        Assert.Equal(ObjectionStatus.Dismissed, project.Objections.Single().Status);
    }

    [Fact]
    public void Upheld_objection_rejects_the_project()
    {
        var project = Samples.InStage(ProjectStage.Publicity);
        project.RaiseObjection(Samples.Public, BeijingMay8, "O-1", "刘强", "13900000000", "论文抄袭", Regulations.Defaults.ObjectionRules);
        project.ResolveObjection(Samples.Officer, BeijingMay8, "O-1", upheld: true, "经调查属实");
        Assert.Equal(ProjectStage.Rejected, project.Stage);
    }

    [Fact]
    public void Anonymous_objection_is_recorded_but_does_not_hold_approval()
    {
        var project = Samples.InStage(ProjectStage.Publicity, publicityEndsOn: new DateOnly(2018, 5, 11));
        var objection = project.RaiseObjection(Samples.Public, BeijingMay8, "O-1", null, null, "匿名举报", Regulations.Defaults.ObjectionRules);

        Assert.Equal(ObjectionStatus.RecordedAnonymous, objection.Status);
        Assert.False(project.HasOpenObjection);
        Assert.Equal(ProjectAction.RaiseObjection, project.PendingAudit.Single().Action);
    }

    [Fact]
    public void Objection_after_the_period_is_refused()
    {
        var project = Samples.InStage(ProjectStage.Publicity, publicityEndsOn: new DateOnly(2018, 5, 11));
        var saturdayAfter = new DateTimeOffset(2018, 5, 12, 2, 0, 0, TimeSpan.Zero);
        var error = Assert.Throws<IllegalTransitionException>(() =>
            project.RaiseObjection(Samples.Public, saturdayAfter, "O-1", "刘强", "139", "迟到的异议", Regulations.Defaults.ObjectionRules));
        Assert.Equal(RefusalReason.GuardFailed, error.Reason);
        Assert.Empty(project.Objections);
    }

    [Fact]
    public void Publicity_cannot_end_before_its_last_day_is_over()
    {
        var project = Samples.InStage(ProjectStage.Publicity, publicityEndsOn: new DateOnly(2018, 5, 11));
        var lastDayEvening = new DateTimeOffset(2018, 5, 11, 15, 0, 0, TimeSpan.Zero); // 23:00 Beijing
        Assert.Throws<IllegalTransitionException>(() => project.EndPublicity(Samples.System, lastDayEvening));
        project.EndPublicity(Samples.System, lastDayEvening.AddHours(1));
        Assert.Equal(ProjectStage.Approval, project.Stage);
    }

    [Fact]
    public void Extension_is_granted_at_most_once_for_at_most_twelve_months_with_three_months_notice()
    {
        var rule = Regulations.Defaults.Extension;
        var at = new DateTimeOffset(2019, 6, 3, 2, 0, 0, TimeSpan.Zero);
        var project = Samples.InStage(ProjectStage.Execution);

        Assert.Throws<IllegalTransitionException>(() => project.RequestExtension(Samples.Applicant, at, 13, "试验延误", rule));
        Assert.Throws<IllegalTransitionException>(() => project.RequestExtension(Samples.Applicant, at, 0, "试验延误", rule));

        project.RequestExtension(Samples.Applicant, at, 12, "试验延误", rule);
        Assert.Throws<IllegalTransitionException>(() => project.RequestExtension(Samples.Applicant, at, 1, "再次申请", rule));
        project.DecideExtension(Samples.Officer, at, grant: true);
        Assert.Equal(new DateOnly(2021, 6, 30), project.ExecutionEndsOn);

        var again = Assert.Throws<IllegalTransitionException>(() => project.RequestExtension(Samples.Applicant, at, 1, "再次申请", rule));
        Assert.Contains("1", again.Why.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_request_closer_than_three_months_to_the_end_is_refused()
    {
        var project = Samples.InStage(ProjectStage.Execution); // ends 2020-06-30: the last day to ask is 2020-03-30
        var lastDay = new DateTimeOffset(2020, 3, 30, 15, 0, 0, TimeSpan.Zero);
        var dayAfter = new DateTimeOffset(2020, 3, 30, 16, 0, 0, TimeSpan.Zero);

        Assert.Throws<IllegalTransitionException>(() => project.RequestExtension(Samples.Applicant, dayAfter, 6, "延误", Regulations.Defaults.Extension));
        project.RequestExtension(Samples.Applicant, lastDay, 6, "延误", Regulations.Defaults.Extension);
        Assert.NotNull(project.PendingExtension);
    }

    [Fact]
    public void System_opens_acceptance_only_after_the_execution_end_date()
    {
        var project = Samples.InStage(ProjectStage.Execution);
        var lastDay = new DateTimeOffset(2020, 6, 30, 10, 0, 0, TimeSpan.Zero);
        Assert.Throws<IllegalTransitionException>(() => project.OpenAcceptance(Samples.System, lastDay));
        project.OpenAcceptance(Samples.System, lastDay.AddHours(6));
        Assert.Equal(ProjectStage.AcceptanceDue, project.Stage);
    }

    [Fact]
    public void Acceptance_report_without_every_actual_is_refused_naming_what_is_missing()
    {
        var project = Samples.InStage(ProjectStage.AcceptanceDue);
        var partial = TransitionHarness.AllActuals(project).Skip(1).ToList();
        var error = Assert.Throws<IllegalTransitionException>(() => project.SubmitAcceptanceReport(Samples.Applicant, Samples.InCallWindow, partial));
        Assert.Contains("援疆人才数量", error.Why.Zh, StringComparison.Ordinal);
        Assert.Empty(project.Actuals);
    }

    [Fact]
    public void Whole_lifecycle_produces_a_gapless_audit_trail()
    {
        var p = Samples.Draft();
        var policy = TransitionHarness.Policy;
        p.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        p.ReturnForCorrection(Samples.Officer, Samples.InCallWindow, "预算说明不完整");
        p.Resubmit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        p.PassEligibility(Samples.Officer, Samples.InCallWindow);
        p.ProposeForFunding(Samples.System, Samples.InCallWindow, new DateOnly(2018, 5, 7), policy, 750_000m);
        p.EndPublicity(Samples.System, new DateTimeOffset(2018, 5, 14, 2, 0, 0, TimeSpan.Zero));
        p.Approve(Samples.Officer, new DateTimeOffset(2018, 5, 15, 2, 0, 0, TimeSpan.Zero));
        p.SignContract(Samples.Applicant, new DateTimeOffset(2018, 6, 1, 2, 0, 0, TimeSpan.Zero));
        p.StartMidTermInspection(Samples.System, new DateTimeOffset(2019, 7, 1, 2, 0, 0, TimeSpan.Zero));
        p.SubmitMidTermReport(Samples.Applicant, new DateTimeOffset(2019, 7, 20, 2, 0, 0, TimeSpan.Zero));
        p.PassMidTermInspection(Samples.Officer, new DateTimeOffset(2019, 7, 25, 2, 0, 0, TimeSpan.Zero));
        p.OpenAcceptance(Samples.System, new DateTimeOffset(2020, 7, 1, 2, 0, 0, TimeSpan.Zero));
        p.SubmitAcceptanceReport(Samples.Applicant, new DateTimeOffset(2020, 8, 1, 2, 0, 0, TimeSpan.Zero), TransitionHarness.AllActuals(p));
        p.PassAcceptance(Samples.Officer, new DateTimeOffset(2020, 9, 1, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(ProjectStage.Closed, p.Stage);
        Assert.Equal(Enumerable.Range(1, 14), p.PendingAudit.Select(a => a.Sequence));
        Assert.All(p.PendingAudit.Zip(p.PendingAudit.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.Equal(new DateOnly(2018, 5, 11), p.PublicityEndsOn);
        Assert.Equal(750_000m, p.ApprovedFiscalCny);
        Assert.Equal(new DateOnly(2018, 5, 15), p.ApprovedOn);
        Assert.True(p.IsTerminal);
    }

    [Fact]
    public void Snapshot_round_trips_every_field()
    {
        var p = Samples.InStage(ProjectStage.Execution, pending: new ExtensionRequest(Samples.InCallWindow, 3, "原因"));
        var copy = Project.Rehydrate(p.ToSnapshot()).ToSnapshot();
        Assert.Equivalent(p.ToSnapshot(), copy, strict: true);
    }

    [Fact]
    public void Only_an_applicant_of_the_institution_creates_or_edits_a_draft()
    {
        Assert.Throws<IllegalTransitionException>(() => Project.CreateDraft("P-1", Samples.AidCall(), Samples.AidForm(), Samples.OtherApplicant, Samples.InCallWindow));
        var draft = Samples.Draft();
        Assert.Throws<IllegalTransitionException>(() => draft.UpdateForm(Samples.AidForm(), Samples.OtherApplicant));
        Assert.Throws<IllegalTransitionException>(() => draft.UpdateForm(Samples.AidForm() with { Institution = new("OTHER", "别的单位") }, Samples.Applicant));
        var underReview = Samples.InStage(ProjectStage.ExpertReview);
        Assert.Throws<IllegalTransitionException>(() => underReview.UpdateForm(Samples.AidForm(), Samples.Applicant));
    }

    [Fact]
    public void Only_applicants_of_another_institution_cannot_see_a_project()
    {
        var project = Samples.InStage(ProjectStage.Execution);
        Assert.True(project.IsVisibleTo(Samples.Applicant));
        Assert.False(project.IsVisibleTo(Samples.OtherApplicant));
        Assert.True(project.IsVisibleTo(Samples.Officer));
        Assert.True(project.IsVisibleTo(Samples.Public));
    }
}
