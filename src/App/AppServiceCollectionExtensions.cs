using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using XjKeji.App.Http;
using XjKeji.App.Http.Handlers;
using XjKeji.App.Projects;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;

namespace XjKeji.App;

/// <summary>Registers the app's services (not the storage adapters, which the host adds).</summary>
public static class AppServiceCollectionExtensions
{
    /// <summary>Adds the workflow services, the Domain policy and the command services.</summary>
    public static IServiceCollection AddXjKejiApp(this IServiceCollection services, WorkflowOptions? workflow = null, ClockOptions? clock = null, Regulations? regulations = null)
    {
        services.AddSingleton(workflow ?? new WorkflowOptions());
        services.AddSingleton(clock ?? new ClockOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IBusinessClock, ScaledBusinessClock>();
        services.AddSingleton<IWorkingDayCalendar>(ChinaWorkingDayCalendar.Default);
        services.AddSingleton(regulations ?? Regulations.Defaults);
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton<IWorkflowSignals, DurableWorkflowSignals>();
        services.AddSingleton<Workflow.ProjectSync>();
        services.AddSingleton<Workflow.SignalPlanner>();
        services.AddSingleton<ProjectCommands>();
        services.AddSingleton<Digest.OfficerDigest>();
        services.AddSingleton<Digest.ExpertReviewReminders>();

        // Evidence: rules and requirements are the Domain defaults (REGULATIONS.md); a call may override them later.
        services.TryAddSingleton(new Evidence.EvidenceOptions());
        services.TryAddSingleton(Domain.Evidence.EvidenceRules.Default);
        services.TryAddSingleton(Domain.Evidence.StageEvidenceRequirements.Default);
        services.AddSingleton<Evidence.EvidenceUploadService>();
        services.AddSingleton<Evidence.EvidenceProcessor>();
        services.AddSingleton<Evidence.EvidenceQueries>();
        services.AddSingleton<Evidence.EvidenceGate>();

        // Review: the expert database, panels, scores, ranking and the funding proposal.
        services.AddSingleton<Review.ExpertDirectory>();
        services.AddSingleton<Review.ReviewService>();
        services.AddSingleton<ReviewHandlers>();
        services.AddSingleton<Credit.CreditService>();
        services.AddSingleton<CreditHandlers>();

        // The year-end self-evaluation report and the satisfaction survey.
        services.AddSingleton<Reporting.SelfEvaluationService>();
        services.AddSingleton<ReportHandlers>();

        // Carried-over projects (结转项目) imported mid-lifecycle.
        services.AddSingleton<Projects.Import.CarriedOverImporter>();
        services.AddSingleton<ImportHandlers>();
        services.AddSingleton<EvidenceHandlers>();

        // HTTP: handlers are plain classes; the hosts map ApiRoutes.All onto ApiDispatcher and add an ICallerResolver.
        services.TryAddSingleton(new ApiLimits());
        services.TryAddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.TryAddSingleton<IStorageFailureClassifier, TransportFailureClassifier>();
        services.AddSingleton<ApiDispatcher>();
        services.AddSingleton<ProjectSteps>();
        services.AddSingleton<ApplicantHandlers>();
        services.AddSingleton<OfficerHandlers>();
        services.AddSingleton<PublicHandlers>();
        return services;
    }
}
