using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Workflow;

/// <summary>What the plan activity answers for a project no longer in the stage visit, by workflow version.</summary>
public sealed class PlanStageActivityTests : IDisposable
{
    private readonly InMemoryProjectRepository _projects = new();
    private readonly ServiceProvider _services;

    public PlanStageActivityTests() =>
        _services = ActivityServices.Over(_projects, new InMemoryCreditEventLog(), new RecordingEmailSender());

    private Task<StagePlan> PlanAsync(StageInput input) =>
        ActivatorUtilities.CreateInstance<PlanStageActivity>(_services).RunAsync(Mock.Of<TaskActivityContext>(), input);

    [Fact]
    public async Task From_version_2_a_project_gone_from_the_stage_is_synced_and_its_view_returned()
    {
        var project = Samples.InStage(ProjectStage.Contract);
        await _projects.CreateAsync(project);

        var plan = await PlanAsync(new StageInput(project.Id, ProjectStage.Publicity, 3, Version: 2));

        Assert.False(plan.InStage);
        Assert.Equal(new StageView(ProjectStage.Contract, project.StageEnteredAtSequence, false), plan.Left);
        Assert.Contains(project.Id, _projects.IndexRefreshes);
    }

    [Fact]
    public async Task Version_1_gets_the_plan_it_always_got_and_syncs_with_its_own_activity()
    {
        var project = Samples.InStage(ProjectStage.Contract);
        await _projects.CreateAsync(project);
        var refreshesBefore = _projects.IndexRefreshes.Count;

        var plan = await PlanAsync(new StageInput(project.Id, ProjectStage.Publicity, 3, Version: 1));

        Assert.False(plan.InStage);
        Assert.Null(plan.Left);
        Assert.Equal(refreshesBefore, _projects.IndexRefreshes.Count);
    }

    [Fact]
    public async Task From_version_2_a_project_that_no_longer_exists_ends_its_lifecycle_as_withdrawn()
    {
        var plan = await PlanAsync(new StageInput("P-GONE", ProjectStage.Contract, 5, Version: 2));

        Assert.False(plan.InStage);
        Assert.Equal(ProjectSync.Missing, plan.Left);
        Assert.True(plan.Left!.IsTerminal);
    }

    [Fact]
    public async Task From_version_3_a_project_gone_from_the_visit_is_synced_and_the_visit_it_entered_is_planned_in_the_same_answer()
    {
        var project = Samples.InStage(ProjectStage.Contract);
        await _projects.CreateAsync(project);
        var inContract = await PlanAsync(new StageInput(project.Id, ProjectStage.Contract, project.StageEnteredAtSequence, Version: 3));

        var plan = await PlanAsync(StageInput.Anywhere(project.Id, 3));

        Assert.False(plan.InStage);
        Assert.Equal(new StageView(ProjectStage.Contract, project.StageEnteredAtSequence, false), plan.Left);
        Assert.Contains(project.Id, _projects.IndexRefreshes);
        Assert.NotEmpty(plan.Steps); // the contract's reminders, overdue notice and grace
        Assert.Equal(inContract.Steps, plan.Steps);
    }

    [Fact]
    public async Task From_version_3_a_project_in_a_terminal_stage_or_gone_gets_no_steps()
    {
        var closed = Samples.InStage(ProjectStage.Closed);
        await _projects.CreateAsync(closed);

        var plan = await PlanAsync(StageInput.Anywhere(closed.Id, 3));
        var gone = await PlanAsync(StageInput.Anywhere("P-GONE", 3));

        Assert.Equal((false, true), (plan.InStage, plan.Left!.IsTerminal));
        Assert.Empty(plan.Steps);
        Assert.Equal(ProjectSync.Missing, gone.Left);
        Assert.Empty(gone.Steps);
    }

    public void Dispose() => _services.Dispose();
}
