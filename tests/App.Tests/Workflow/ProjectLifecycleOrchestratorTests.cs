using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Tests.Workflow;

public class ProjectLifecycleOrchestratorTests
{
    [Fact]
    public async Task Version_1_syncs_the_project_after_every_stage_instance_and_runs_one_per_visit_with_deterministic_ids()
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Strict);
        var views = new Queue<StageView>([
            new(ProjectStage.EligibilityCheck, 1, false),
            new(ProjectStage.ReturnedForCorrection, 2, false),
            new(ProjectStage.EligibilityCheck, 3, false),
            new(ProjectStage.Rejected, 4, true),
        ]);
        var started = new List<string>();
        context.Setup(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), "P-9", It.IsAny<TaskOptions>()))
            .ReturnsAsync(() => views.Dequeue());
        context.Setup(c => c.CallSubOrchestratorAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(StageOrchestrator)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object, TaskOptions>((_, input, options) =>
            {
                var stage = (StageInput)input;
                Assert.Equal(stage.InstanceId, ((SubOrchestrationOptions)options).InstanceId);
                started.Add(stage.InstanceId);
            })
            .ReturnsAsync(new StageView(ProjectStage.Rejected, 4, true));
        context.Setup(c => c.SetCustomStatus(It.IsAny<object>()));
        NoEvent(context);

        var outcome = await new ProjectLifecycleOrchestrator().RunAsync(context.Object, new LifecycleInput("P-9", Version: 1));

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal(["P-9:EligibilityCheck:1", "P-9:ReturnedForCorrection:2", "P-9:EligibilityCheck:3"], started);
    }

    [Fact]
    public async Task From_version_2_the_next_stage_comes_from_the_view_the_stage_instance_ended_with()
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Strict);
        var syncs = 0;
        context.Setup(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), "P-9", It.IsAny<TaskOptions>()))
            .Callback(() => syncs++)
            .ReturnsAsync(new StageView(ProjectStage.EligibilityCheck, 1, false));
        var ends = new Queue<StageView>([
            new(ProjectStage.ReturnedForCorrection, 2, false),
            new(ProjectStage.EligibilityCheck, 3, false),
            new(ProjectStage.Rejected, 4, true),
        ]);
        var started = new List<StageInput>();
        context.Setup(c => c.CallSubOrchestratorAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(StageOrchestrator)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object, TaskOptions>((_, input, options) =>
            {
                var stage = (StageInput)input;
                Assert.Equal(stage.InstanceId, ((SubOrchestrationOptions)options).InstanceId);
                started.Add(stage);
            })
            .ReturnsAsync(() => ends.Dequeue());
        context.Setup(c => c.SetCustomStatus(It.IsAny<object>()));
        NoEvent(context);

        var outcome = await new ProjectLifecycleOrchestrator().RunAsync(context.Object, new LifecycleInput("P-9", Version: 2));

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal(1, syncs);
        Assert.Equal(["P-9:EligibilityCheck:1", "P-9:ReturnedForCorrection:2", "P-9:EligibilityCheck:3"], started.Select(s => s.InstanceId));
        Assert.All(started, s => Assert.Equal(2, s.Version));
    }

    [Fact]
    public async Task From_version_2_a_stage_instance_ending_with_its_own_visit_makes_the_lifecycle_sync_again()
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Strict);
        var views = new Queue<StageView>([new(ProjectStage.Execution, 7, false), new(ProjectStage.Closed, 9, true)]);
        context.Setup(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), "P-9", It.IsAny<TaskOptions>()))
            .ReturnsAsync(() => views.Dequeue());
        context.Setup(c => c.CallSubOrchestratorAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(StageOrchestrator)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .ReturnsAsync(new StageView(ProjectStage.Execution, 7, false));
        context.Setup(c => c.SetCustomStatus(It.IsAny<object>()));
        NoEvent(context);

        var outcome = await new ProjectLifecycleOrchestrator().RunAsync(context.Object, new LifecycleInput("P-9", Version: 2));

        Assert.Equal(ProjectStage.Closed, outcome.Stage);
        Assert.Empty(views);
    }

    [Fact]
    public async Task Version_2_lifecycles_pass_a_project_changed_event_on_to_the_stage_instance_they_run()
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Strict);
        context.Setup(c => c.CallActivityAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(SyncProjectActivity)), "P-9", It.IsAny<TaskOptions>()))
            .ReturnsAsync(new StageView(ProjectStage.EligibilityCheck, 1, false));
        var stageEnds = new TaskCompletionSource<StageView>();
        context.Setup(c => c.CallSubOrchestratorAsync<StageView>(It.Is<TaskName>(n => n.Name == nameof(StageOrchestrator)), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Returns(stageEnds.Task);
        context.Setup(c => c.SetCustomStatus(It.IsAny<object>()));
        var waits = new Queue<Task<ProjectChanged>>([Task.FromResult(new ProjectChanged(2)), new TaskCompletionSource<ProjectChanged>().Task]);
        context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>())).Returns(() => waits.Dequeue());
        var forwarded = new List<(string Id, ProjectChanged Event)>();
        context.Setup(c => c.SendEvent(It.IsAny<string>(), WorkflowEvents.ProjectChanged, It.IsAny<object>()))
            .Callback<string, string, object>((id, _, e) =>
            {
                forwarded.Add((id, (ProjectChanged)e));
                stageEnds.SetResult(new StageView(ProjectStage.Rejected, 2, true)); // the stage instance acted on it
            });

        var outcome = await new ProjectLifecycleOrchestrator().RunAsync(context.Object, new LifecycleInput("P-9", Version: 2));

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal([("P-9:EligibilityCheck:1", new ProjectChanged(2))], forwarded);
        Assert.Empty(waits); // one wait for the event passed on, a second one open when the stage instance ended
    }

    private static void NoEvent(Mock<TaskOrchestrationContext> context) =>
        context.Setup(c => c.WaitForExternalEvent<ProjectChanged>(WorkflowEvents.ProjectChanged, It.IsAny<CancellationToken>()))
            .Returns(new TaskCompletionSource<ProjectChanged>().Task);
}
