using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Workflow;

namespace XjKeji.Domain.Tests.Workflow;

public class StageScheduleTests
{
    private static readonly DeadlinePolicy Policy = new(Regulations.Defaults, ChinaWorkingDayCalendar.Default);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Contract_stage_has_three_reminders_an_overdue_notice_and_a_grace_expiry_in_time_order()
    {
        // Approved on 2018-05-20 (InStage sample): contract due 2018-06-19 (Tue; 端午 was Mon 06-18) — 30 days → 06-19.
        var steps = StageSchedule.For(Samples.InStage(ProjectStage.Contract), Policy);

        Assert.Equal(["reminder-7", "reminder-3", "reminder-1", "overdue", "grace-expired"], steps.Select(s => s.Key));
        Assert.Equal(new DateOnly(2018, 6, 19), steps[0].Deadline!.DueOn);
        // 7 working days before 06-19, skipping 端午 (06-16…06-18): 06-07; 3 before: 06-13; 1 before: 06-15.
        Assert.Equal(new DateTimeOffset(2018, 6, 7, 9, 0, 0, Beijing), steps[0].At);
        Assert.Equal(new DateTimeOffset(2018, 6, 13, 9, 0, 0, Beijing), steps[1].At);
        Assert.Equal(new DateTimeOffset(2018, 6, 15, 9, 0, 0, Beijing), steps[2].At);
        Assert.Equal(new DateTimeOffset(2018, 6, 20, 9, 0, 0, Beijing), steps[3].At);
        Assert.Equal(new DateTimeOffset(2018, 6, 27, 0, 0, 0, Beijing), steps[4].At);
    }

    [Fact]
    public void Publicity_ends_by_itself_after_its_last_day()
    {
        var step = Assert.Single(StageSchedule.For(Samples.InStage(ProjectStage.Publicity, publicityEndsOn: new DateOnly(2018, 5, 11)), Policy));
        Assert.Equal((ScheduledStepKind.AutoTransition, ProjectAction.EndPublicity), (step.Kind, step.Action));
        Assert.Equal(new DateTimeOffset(2018, 5, 12, 0, 0, 0, Beijing), step.At);
        Assert.Equal("auto-EndPublicity-3", step.Key);
    }

    [Fact]
    public void Execution_of_a_two_year_project_schedules_the_mid_term_notice_and_the_end_of_execution()
    {
        // Sample execution 2018-07-01 … 2020-06-30: midpoint 2019-06-30 (Sunday) → Monday 2019-07-01.
        var steps = StageSchedule.For(Samples.InStage(ProjectStage.Execution), Policy);
        Assert.Equal([ProjectAction.StartMidTermInspection, ProjectAction.OpenAcceptance], steps.Select(s => s.Action!.Value));
        Assert.Equal(new DateTimeOffset(2019, 7, 1, 9, 0, 0, Beijing), steps[0].At);
        Assert.Equal(new DateTimeOffset(2020, 7, 1, 0, 0, 0, Beijing), steps[1].At);
    }

    [Fact]
    public void Officer_stages_have_no_schedule_and_approval_is_immediate()
    {
        foreach (var stage in new[] { ProjectStage.EligibilityCheck, ProjectStage.ExpertReview, ProjectStage.MidTermReview, ProjectStage.AcceptanceReview, ProjectStage.Closed })
        {
            Assert.Empty(StageSchedule.For(Samples.InStage(stage), Policy));
        }

        var approve = Assert.Single(StageSchedule.For(Samples.InStage(ProjectStage.Approval), Policy));
        Assert.Equal(Samples.InCallWindow, approve.At);
    }

    [Fact]
    public void Acceptance_due_follows_the_extended_end_date()
    {
        var p = Samples.InStage(ProjectStage.Execution, pending: new ExtensionRequest(Samples.InCallWindow, 6, "延误"));
        p.DecideExtension(Samples.Officer, Samples.InCallWindow, grant: true);
        // 2020-06-30 + 6 months = 2020-12-30; acceptance opens when that day is over.
        Assert.Equal(new DateTimeOffset(2020, 12, 31, 0, 0, 0, Beijing), StageSchedule.For(p, Policy).Single(s => s.Action == ProjectAction.OpenAcceptance).At);
    }
}
