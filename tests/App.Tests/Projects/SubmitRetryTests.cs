using Moq;
using XjKeji.App.Projects;
using XjKeji.App.Workflow;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Projects;

/// <summary>
/// A submission whose process dies after the project is written but before its lifecycle starts (kill -9 found this in
/// the fault test): the retry, which the Domain refuses as a second submission, still starts the lifecycle.
/// </summary>
public class SubmitRetryTests
{
    [Fact]
    public async Task Retried_submission_starts_the_lifecycle_the_first_attempt_never_started()
    {
        var projects = new InMemoryProjectRepository();
        var calls = new InMemoryCallRepository();
        await calls.SaveAsync(Samples.AidCall());
        var signals = new Mock<IWorkflowSignals>();
        signals.Setup(s => s.StartNewLifecycleAsync("P-1", It.IsAny<ProjectChanged?>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("the process died here"));
        var clock = new ScaledBusinessClock(new ClockOptions { WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = Samples.InCallWindow }, TimeProvider.System);
        var commands = new ProjectCommands(projects, calls, signals.Object, clock);
        await commands.CreateDraftAsync("P-1", Samples.AidCall().Id, Samples.AidForm(), Samples.Applicant);

        await Assert.ThrowsAsync<IOException>(() => commands.SubmitAsync("P-1", null, Samples.Applicant));
        Assert.Equal(ProjectStage.EligibilityCheck, (await projects.FindAsync("P-1"))!.Project.Stage);

        var retry = await Assert.ThrowsAsync<IllegalTransitionException>(() => commands.SubmitAsync("P-1", null, Samples.Applicant));
        Assert.Equal(ProjectAction.Submit, retry.Action);
        signals.Verify(s => s.StartNewLifecycleAsync("P-1", It.IsAny<ProjectChanged?>(), It.IsAny<CancellationToken>()), Times.Once);
        signals.Verify(s => s.StartLifecycleAsync("P-1", It.IsAny<CancellationToken>()), Times.Once); // the retry's, which checks first
        Assert.Single(await projects.GetAuditTrailAsync("P-1"));
    }
}
