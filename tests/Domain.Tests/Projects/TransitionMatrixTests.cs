using XjKeji.Domain.Projects;

namespace XjKeji.Domain.Tests.Projects;

/// <summary>Every (stage, action, role) combination: allowed ones land where the table says and are audited; all others are refused with the right reason.</summary>
public class TransitionMatrixTests
{
    public static TheoryData<ProjectStage, ProjectAction, Role> AllowedCombinations()
    {
        var data = new TheoryData<ProjectStage, ProjectAction, Role>();
        foreach (var rule in LifecycleRules.All)
        {
            foreach (var role in rule.AllowedRoles)
            {
                data.Add(rule.From, rule.Action, role);
            }
        }

        return data;
    }

    public static TheoryData<ProjectStage, ProjectAction> NotInTable()
    {
        var data = new TheoryData<ProjectStage, ProjectAction>();
        foreach (var stage in Enum.GetValues<ProjectStage>())
        {
            // Importing a carried-over project creates one; it is not an action on an existing project.
            foreach (var action in Enum.GetValues<ProjectAction>().Where(a => a != ProjectAction.ImportCarriedOver))
            {
                if (LifecycleRules.Find(stage, action) is null)
                {
                    data.Add(stage, action);
                }
            }
        }

        return data;
    }

    public static TheoryData<ProjectStage, ProjectAction, Role> WrongRole()
    {
        var data = new TheoryData<ProjectStage, ProjectAction, Role>();
        foreach (var rule in LifecycleRules.All)
        {
            foreach (var role in Enum.GetValues<Role>().Where(r => !rule.AllowedRoles.Contains(r)))
            {
                data.Add(rule.From, rule.Action, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedCombinations))]
    public void Allowed_transition_lands_in_the_target_stage_and_is_audited(ProjectStage from, ProjectAction action, Role role)
    {
        var project = TransitionHarness.Arrange(from, action);
        var actor = TransitionHarness.ActorFor(role);
        var expected = LifecycleRules.Find(from, action)!.To;

        TransitionHarness.Act(project, action, actor);

        Assert.Equal(expected, project.Stage);
        var entry = Assert.Single(project.PendingAudit);
        Assert.Equal((from, expected, action, actor, 4), (entry.From, entry.To, entry.Action, entry.Actor, entry.Sequence));
        Assert.Equal(4, project.AuditSequence);
    }

    [Theory]
    [MemberData(nameof(NotInTable))]
    public void Action_not_in_the_table_is_refused_naming_stage_and_action(ProjectStage stage, ProjectAction action)
    {
        var project = TransitionHarness.Arrange(stage, action);
        var actor = TransitionHarness.ActorFor(Role.Officer);

        var error = Assert.Throws<IllegalTransitionException>(() => TransitionHarness.Act(project, action, actor));

        Assert.Equal((RefusalReason.NotAllowedInStage, stage, action), (error.Reason, error.Stage, error.Action));
        Assert.Contains(StageNames.Of(stage).Zh, error.Title.Zh, StringComparison.Ordinal);
        Assert.Contains(ActionNames.Of(action).Zh, error.Title.Zh, StringComparison.Ordinal);
        Assert.Equal(stage, project.Stage);
        Assert.Empty(project.PendingAudit);
    }

    [Theory]
    [MemberData(nameof(WrongRole))]
    public void Role_not_allowed_is_refused(ProjectStage stage, ProjectAction action, Role role)
    {
        var project = TransitionHarness.Arrange(stage, action);

        var error = Assert.Throws<IllegalTransitionException>(() => TransitionHarness.Act(project, action, TransitionHarness.ActorFor(role)));

        Assert.Equal(RefusalReason.RoleNotAllowed, error.Reason);
        Assert.Equal(stage, project.Stage);
    }

    [Fact]
    public void Applicant_of_another_institution_is_refused_on_every_applicant_action()
    {
        foreach (var rule in LifecycleRules.All.Where(r => r.AllowedRoles.Contains(Role.Applicant) && r.Action != ProjectAction.RaiseObjection))
        {
            var project = TransitionHarness.Arrange(rule.From, rule.Action);
            var error = Assert.Throws<IllegalTransitionException>(() => TransitionHarness.Act(project, rule.Action, Samples.OtherApplicant));
            Assert.Equal(RefusalReason.NotOwner, error.Reason);
        }
    }

    [Fact]
    public void Every_rule_requiring_a_reason_refuses_a_blank_one()
    {
        foreach (var rule in LifecycleRules.All.Where(r => r.RequiresReason))
        {
            var project = TransitionHarness.Arrange(rule.From, rule.Action);
            var actor = TransitionHarness.ActorFor(rule.AllowedRoles.First());
            var error = Assert.Throws<IllegalTransitionException>(() => project.EnsureAllowed(rule.Action, actor, "  "));
            Assert.Equal(RefusalReason.ReasonRequired, error.Reason);
        }
    }

    [Fact]
    public void Terminal_stages_allow_nothing()
    {
        foreach (var stage in LifecycleRules.TerminalStages)
        {
            Assert.Empty(LifecycleRules.ActionsFrom(stage));
        }
    }

    [Fact]
    public void Every_non_terminal_stage_has_a_way_out_and_every_stage_is_reachable()
    {
        var reachable = new HashSet<ProjectStage> { ProjectStage.Draft };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var rule in LifecycleRules.All.Where(r => reachable.Contains(r.From)))
            {
                changed |= reachable.Add(rule.To);
            }
        }

        Assert.Equal(Enum.GetValues<ProjectStage>().Order(), reachable.Order());
        foreach (var stage in Enum.GetValues<ProjectStage>().Where(s => !LifecycleRules.TerminalStages.Contains(s)))
        {
            Assert.Contains(LifecycleRules.All, r => r.From == stage && r.To != stage);
        }
    }
}
