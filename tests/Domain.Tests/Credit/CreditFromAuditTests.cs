using XjKeji.Domain.Credit;
using XjKeji.Domain.Indicators;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests.Projects;

namespace XjKeji.Domain.Tests.Credit;

public class CreditFromAuditTests
{
    private static (Project Project, IReadOnlyList<CreditEvent> Events) After(ProjectStage stage, ProjectAction action, Func<Project, IReadOnlyList<IndicatorActual>>? actuals = null)
    {
        var project = TransitionHarness.Arrange(stage, action);
        if (actuals is not null)
        {
            // As storage would give it back after the acceptance report.
            project = Project.Rehydrate(project.ToSnapshot() with { Actuals = actuals(project) });
        }

        TransitionHarness.Act(project, action, Samples.Officer);
        return (project, CreditFromAudit.Events(project, project.PendingAudit));
    }

    [Fact]
    public void An_upheld_objection_costs_the_pi_and_the_institution_forty_points_once()
    {
        var (project, events) = After(ProjectStage.Publicity, ProjectAction.UpholdObjection);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal((CreditEventKind.ObjectionUpheld, -40), (e.Kind, e.Points)));
        Assert.Equal([CreditSubjectKind.Person, CreditSubjectKind.Institution], events.Select(e => e.SubjectKind));
        Assert.Equal(events.Select(e => e.Key), CreditFromAudit.Events(project, project.PendingAudit).Select(e => e.Key));
    }

    [Fact]
    public void Failed_acceptance_and_termination_for_cause_are_recorded_but_a_dismissed_objection_is_not()
    {
        Assert.Equal(CreditEventKind.AcceptanceFailed, After(ProjectStage.AcceptanceReview, ProjectAction.FailAcceptance).Events[0].Kind);
        Assert.Equal(CreditEventKind.TerminatedForCause, After(ProjectStage.Execution, ProjectAction.Terminate).Events[0].Kind);
        Assert.Empty(After(ProjectStage.Publicity, ProjectAction.DismissObjection).Events);
    }

    [Fact]
    public void Acceptance_passed_earns_five_points_only_when_every_target_is_met()
    {
        var metAll = After(ProjectStage.AcceptanceReview, ProjectAction.PassAcceptance, p =>
            [.. p.Form.Targets.Select(t => new IndicatorActual(t.IndicatorCode, t.Value, ["E-1"]))]);
        Assert.Equal((CreditEventKind.AcceptancePassedAllMet, 5), (metAll.Events[0].Kind, metAll.Events[0].Points));

        var missedOne = After(ProjectStage.AcceptanceReview, ProjectAction.PassAcceptance, p =>
            [.. p.Form.Targets.Select((t, i) => new IndicatorActual(t.IndicatorCode, i == 0 ? IndicatorValue.Of(0) : t.Value, ["E-1"]))]);
        Assert.Empty(missedOne.Events);
    }
}
