using Microsoft.DurableTask;
using Moq;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Projects;

namespace XjKeji.App.Tests.Workflow;

public class ProjectLifecycleOrchestratorTests
{
    [Fact]
    public async Task Runs_one_stage_instance_per_visit_with_deterministic_ids_until_a_terminal_stage()
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

        var outcome = await new ProjectLifecycleOrchestrator().RunAsync(context.Object, new LifecycleInput("P-9"));

        Assert.Equal(ProjectStage.Rejected, outcome.Stage);
        Assert.Equal(["P-9:EligibilityCheck:1", "P-9:ReturnedForCorrection:2", "P-9:EligibilityCheck:3"], started);
    }
}
