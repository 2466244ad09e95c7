using Microsoft.Extensions.Logging;
using XjKeji.App.Projects;
using XjKeji.App.Workflow;

namespace XjKeji.Functions.Workflow;

/// <summary>The app's workflow signals over the invocation's Durable client (see <see cref="DurableClientScope"/>).</summary>
internal sealed class FunctionsWorkflowSignals(ILoggerFactory loggers, WorkflowOptions options) : IWorkflowSignals
{
    public Task StartLifecycleAsync(string projectId, CancellationToken cancellationToken = default) =>
        Signals().StartLifecycleAsync(projectId, cancellationToken);

    public Task StartNewLifecycleAsync(string projectId, ProjectChanged? submitted, CancellationToken cancellationToken = default) =>
        Signals().StartNewLifecycleAsync(projectId, submitted, cancellationToken);

    public Task ProjectChangedAsync(string projectId, ProjectChanged change, CancellationToken cancellationToken = default) =>
        Signals().ProjectChangedAsync(projectId, change, cancellationToken);

    private DurableWorkflowSignals Signals() =>
        new(DurableClientScope.Current ?? throw new InvalidOperationException("No Durable client in this invocation: add a [DurableClient] parameter to the function."),
            loggers.CreateLogger<DurableWorkflowSignals>(),
            options: options);
}
