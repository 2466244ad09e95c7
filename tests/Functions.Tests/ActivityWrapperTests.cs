using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using XjKeji.App;
using XjKeji.App.Workflow;
using XjKeji.App.Workflow.Activities;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Functions.Workflow;

namespace XjKeji.Functions.Tests;

/// <summary>An activity wrapper builds its activity from the invocation's services and returns what the activity returns.</summary>
public sealed class ActivityWrapperTests
{
    private static readonly Project Project = Samples.InStage(ProjectStage.Contract);

    private static readonly StageInput Input = new(Project.Id, Project.Stage, Project.StageEnteredAtSequence);

    [Fact]
    public async Task The_wrapper_runs_the_activity_with_the_invocations_services()
    {
        var projects = new Mock<IProjectRepository>();
        projects.Setup(p => p.FindAsync(Project.Id, It.IsAny<CancellationToken>())).ReturnsAsync(new VersionedProject(Project, "etag-1"));
        var options = new WorkflowOptions { RecheckInterval = TimeSpan.FromMinutes(17) };
        using var services = new ServiceCollection().AddXjKejiApp(options).AddSingleton(projects.Object)
            .AddSingleton(Mock.Of<ICreditEventLog>()).AddSingleton(Mock.Of<IEmailSender>()).BuildServiceProvider();

        var expected = await ActivatorUtilities.CreateInstance<PlanStageActivity>(services).RunAsync(Mock.Of<TaskActivityContext>(), Input);
        var actual = await PlanStageActivityFunction.Run(Input, FakeInvocation.With(services, Input.InstanceId));

        Assert.True(actual.InStage);
        Assert.NotEmpty(actual.Steps);
        Assert.Equal(expected.Steps, actual.Steps);
        Assert.Equal(TimeSpan.FromMinutes(17), actual.RecheckAfter);
        projects.Verify(p => p.FindAsync(Project.Id, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_missing_dependency_fails_the_invocation_instead_of_running_half_wired()
    {
        // No IProjectRepository: the Functions host without its storage adapters.
        using var services = new ServiceCollection().AddXjKejiApp().BuildServiceProvider();

        await Assert.ThrowsAsync<InvalidOperationException>(() => SyncProjectActivityFunction.Run(Project.Id, FakeInvocation.With(services)));
    }

    [Fact]
    public void The_activity_context_carries_the_task_name_and_the_calling_instance()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        var context = new FunctionTaskActivityContext(nameof(PlanStageActivity), FakeInvocation.With(services, Input.InstanceId));
        var unknown = new FunctionTaskActivityContext(nameof(PlanStageActivity), FakeInvocation.With(services));

        Assert.Equal(nameof(PlanStageActivity), context.Name.Name);
        Assert.Equal(Input.InstanceId, context.InstanceId);
        Assert.Equal(string.Empty, unknown.InstanceId);
    }
}
