using Moq;
using XjKeji.App.Projects;
using XjKeji.App.Workflow;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Projects;

/// <summary>
/// A submission whose process dies after the project is written but before its lifecycle starts (kill -9 found this in
/// the fault test), or whose start the workflow backend does not confirm in time (answered 503): the retry starts the
/// lifecycle and, when it is the same caller's and nothing happened since, is answered as the submission it repeats.
/// </summary>
public class SubmitRetryTests
{
    private readonly InMemoryProjectRepository _projects = new();
    private readonly InMemoryCallRepository _calls = new();
    private readonly Mock<IWorkflowSignals> _signals = new();
    private readonly ProjectCommands _commands;

    public SubmitRetryTests()
    {
        var clock = new ScaledBusinessClock(new ClockOptions { WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = Samples.InCallWindow }, TimeProvider.System);
        _commands = new ProjectCommands(_projects, _calls, _signals.Object, clock);
    }

    [Fact]
    public async Task Retried_submission_starts_the_lifecycle_the_first_attempt_never_started_and_answers_the_project()
    {
        var first = await SubmitFailingAtStartAsync(new IOException("the process died here"));

        var retry = await _commands.SubmitAsync("P-1", null, Samples.Applicant);

        Assert.Equal(ProjectStage.EligibilityCheck, retry.Project.Stage);
        Assert.Equal(first.ETag, retry.ETag);
        _signals.Verify(s => s.StartNewLifecycleAsync("P-1", It.IsAny<ProjectChanged?>(), It.IsAny<CancellationToken>()), Times.Once);
        _signals.Verify(s => s.StartLifecycleAsync("P-1", It.IsAny<CancellationToken>()), Times.Once); // the retry's, which checks first
        Assert.Single(await _projects.GetAuditTrailAsync("P-1"));
    }

    [Fact]
    public async Task A_submission_answered_503_because_its_start_was_not_confirmed_is_answered_200_on_retry()
    {
        await SubmitFailingAtStartAsync(new TimeoutException("the workflow backend did not answer the start in time"));

        var retry = await _commands.SubmitAsync("P-1", null, Samples.Applicant);

        Assert.Equal(1, retry.Project.AuditSequence);
        _signals.Verify(s => s.StartLifecycleAsync("P-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Another_applicant_of_the_institution_submitting_again_is_refused()
    {
        await SubmitFailingAtStartAsync(new IOException("the process died here"));
        var colleague = Samples.Applicant with { Id = "pi-2", DisplayName = "王芳" };

        var refused = await Assert.ThrowsAsync<IllegalTransitionException>(() => _commands.SubmitAsync("P-1", null, colleague));

        Assert.Equal(ProjectAction.Submit, refused.Action);
        _signals.Verify(s => s.StartLifecycleAsync("P-1", It.IsAny<CancellationToken>()), Times.Once); // still started
    }

    [Fact]
    public async Task Submitting_again_after_a_later_step_is_refused()
    {
        await SubmitFailingAtStartAsync(new IOException("the process died here"));
        await _commands.ExecuteAsync("P-1", null, Samples.Officer, (p, at) => p.PassEligibility(Samples.Officer, at));

        var refused = await Assert.ThrowsAsync<IllegalTransitionException>(() => _commands.SubmitAsync("P-1", null, Samples.Applicant));

        Assert.Equal(ProjectAction.Submit, refused.Action);
        Assert.Equal(2, (await _projects.GetAuditTrailAsync("P-1")).Count);
    }

    private async Task<VersionedProject> SubmitFailingAtStartAsync(Exception startFailure)
    {
        await _calls.SaveAsync(Samples.AidCall());
        _signals.Setup(s => s.StartNewLifecycleAsync("P-1", It.IsAny<ProjectChanged?>(), It.IsAny<CancellationToken>())).ThrowsAsync(startFailure);
        await _commands.CreateDraftAsync("P-1", Samples.AidCall().Id, Samples.AidForm(), Samples.Applicant);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => _commands.SubmitAsync("P-1", null, Samples.Applicant));
        Assert.Same(startFailure, thrown);
        var written = (await _projects.FindAsync("P-1"))!;
        Assert.Equal(ProjectStage.EligibilityCheck, written.Project.Stage);
        return written;
    }
}
