using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using XjKeji.App;
using XjKeji.App.Projects;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Azurite;

namespace XjKeji.Bench;

/// <summary>
/// The transitions workload without storage: the real orchestrations, activities and <see cref="ProjectCommands"/> on the
/// in-memory Durable Task host (Microsoft.DurableTask.InProcessTestHost) over the tests' in-memory ports, in real
/// business time from 2018-03-12 like <see cref="BenchHost"/>. No storage, but not a ceiling either: the test host's
/// in-memory service runs at most <see cref="Environment.ProcessorCount"/> orchestration work items at once and, when
/// they are all busy, looks for the next one every 500 ms.
/// </summary>
public sealed class InMemoryLifecycles : IAsyncDisposable
{
    private readonly DurableTaskTestHost _host;
    private readonly ProjectCommands _commands;
    private readonly QuietProjectRepository _projects;

    private InMemoryLifecycles(DurableTaskTestHost host, ProjectCommands commands, QuietProjectRepository projects)
    {
        _host = host;
        _commands = commands;
        _projects = projects;
    }

    /// <summary>Starts the in-memory host with the app's orchestrations and activities.</summary>
    public static async Task<InMemoryLifecycles> StartAsync()
    {
        // The test host's own web host logs every gRPC call at Information to the console; its default configuration
        // reads the environment, and the bench's table is what should be on the console.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        var clock = new ClockOptions { Scale = 1, WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = new DateTimeOffset(2018, 3, 12, 1, 0, 0, TimeSpan.Zero) };
        var projects = new QuietProjectRepository(new InMemoryProjectRepository());
        var calls = new InMemoryCallRepository();
        var emails = new RecordingEmailSender();
        var credit = new InMemoryCreditEventLog();
        var workflow = new WorkflowOptions();
        var host = await DurableTaskTestHost.StartAsync(TaskRegistration.AddAll, new DurableTaskTestHostOptions
        {
            Port = LoopbackPorts.PickFree(1)[0],
            LoggerFactory = NullLoggerFactory.Instance,
            ConfigureServices = services =>
            {
                services.AddXjKejiApp(workflow, clock);
                services.AddSingleton<IProjectRepository>(projects);
                services.AddSingleton<ICallRepository>(calls);
                services.AddSingleton<IEmailSender>(emails);
                services.AddSingleton<ICreditEventLog>(credit);
                services.AddLogging();
            },
        });
        await calls.SaveAsync(BenchHost.Call);
        var businessClock = new ScaledBusinessClock(clock, TimeProvider.System);
        var planner = new SignalPlanner(new ProjectSync(projects, credit, emails, workflow), new DeadlinePolicy(Regulations.Defaults, ChinaWorkingDayCalendar.Default), businessClock, workflow, NullLogger<SignalPlanner>.Instance);
        var commands = new ProjectCommands(projects, calls, new DurableWorkflowSignals(host.Client, NullLogger<DurableWorkflowSignals>.Instance), businessClock, planner);
        return new InMemoryLifecycles(host, commands, projects);
    }

    /// <summary>Creates and submits <paramref name="count"/> applications; returns their ids once every one waits in eligibility check.</summary>
    public async Task<string[]> PrepareAsync(int count, int concurrency, IProgress<string> progress)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"P-MEM-{i:D6}").ToArray();
        var form = TransitionsBenchmark.Form();
        var entered = new int[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            await _commands.CreateDraftAsync(ids[i], BenchHost.Call.Id, form, Samples.Applicant, ct);
            entered[i] = (await _commands.SubmitAsync(ids[i], null, Samples.Applicant, ct)).Project.StageEnteredAtSequence;
        });
        progress.Report($"transitions (in memory): {count} submitted, waiting until their lifecycles watch eligibility check");
        await WaitUntilWaitingAsync(ids, ProjectStage.EligibilityCheck, entered, null, TimeSpan.FromMinutes(10));
        return ids;
    }

    /// <summary>
    /// Passes eligibility for every project with <paramref name="concurrency"/> callers and returns the time from the
    /// first call until each project's next stage visit is watched and the workflow has gone quiet: the later of the
    /// workflow's last read of a project and the poll that last saw a project's next visit watched (from workflow version 4
    /// a step's lifecycle reads nothing, so the reads alone would stop the clock at the handlers' last write).
    /// </summary>
    public async Task<TimeSpan> FireAsync(string[] ids, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var entered = new int[ids.Length];
        var clock = Stopwatch.StartNew();
        var start = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var moved = await _commands.ExecuteAsync(ids[i], null, Samples.Officer, (p, at) => p.PassEligibility(Samples.Officer, at), ct);
            entered[i] = moved.Project.StageEnteredAtSequence;
        });
        var lastSeen = await WaitUntilWaitingAsync(ids, ProjectStage.ExpertReview, entered, clock, TimeSpan.FromMinutes(10));
        return Stopwatch.GetElapsedTime(start, Math.Max(lastSeen, _projects.LastCall));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    // Every project's visit is watched, and no activity has read a project for a while: the plans are made and the
    // instances wait on their timers and events. Returns the timestamp of the poll that saw the last project watched.
    private async Task<long> WaitUntilWaitingAsync(string[] ids, ProjectStage stage, int[] entered, Stopwatch? clock, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var pending = Enumerable.Range(0, ids.Length).ToList();
        var lastSeen = Stopwatch.GetTimestamp();
        while (true)
        {
            var still = new List<int>();
            foreach (var i in pending)
            {
                if (await WatchesAsync(ids[i], stage, entered[i]))
                {
                    lastSeen = Stopwatch.GetTimestamp();
                }
                else
                {
                    still.Add(i);
                }
            }

            pending = still;
            if (pending.Count == 0 && Stopwatch.GetElapsedTime(_projects.LastCall) > TimeSpan.FromMilliseconds(500))
            {
                return lastSeen;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"In memory: {pending.Count} of {ids.Length} projects not waiting in {stage} after {within} ({clock?.Elapsed}).");
            }

            await Task.Delay(50);
        }
    }

    // The visit's stage instance runs (up to workflow version 2), or the lifecycle itself watches the visit (version 3).
    private async Task<bool> WatchesAsync(string projectId, ProjectStage stage, int entered)
    {
        var lifecycle = await _host.Client.GetInstanceAsync(projectId, getInputsAndOutputs: true);
        if (lifecycle?.RuntimeStatus == OrchestrationRuntimeStatus.Running && LifecycleStatus.Parse(lifecycle.SerializedCustomStatus) == new LifecycleStatus(stage.ToString(), entered))
        {
            return true;
        }

        return (await _host.Client.GetInstanceAsync(StageInstanceIds.For(projectId, stage, entered)))?.RuntimeStatus == OrchestrationRuntimeStatus.Running;
    }

    /// <summary>The in-memory repository, remembering when it was last used (the workflow's activities all read through it).</summary>
    private sealed class QuietProjectRepository(IProjectRepository inner) : IProjectRepository
    {
        private long _lastCall = Stopwatch.GetTimestamp();

        public long LastCall => Interlocked.Read(ref _lastCall);

        public Task<VersionedProject?> FindAsync(string projectId, CancellationToken cancellationToken = default) => Touch(inner.FindAsync(projectId, cancellationToken));

        public Task<string> CreateAsync(Project project, CancellationToken cancellationToken = default) => Touch(inner.CreateAsync(project, cancellationToken));

        public Task<string> SaveAsync(Project project, string etag, CancellationToken cancellationToken = default) => Touch(inner.SaveAsync(project, etag, cancellationToken));

        public Task RefreshIndexAsync(Project project, CancellationToken cancellationToken = default) => Touch(inner.RefreshIndexAsync(project, cancellationToken));

        public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string projectId, CancellationToken cancellationToken = default) => Touch(inner.GetAuditTrailAsync(projectId, cancellationToken));

        public Task<IReadOnlyList<ProjectSummary>> ListByProgramYearAsync(int programYear, Domain.Programs.ProgramCode program, ProjectStage? stage = null, CancellationToken cancellationToken = default) =>
            Touch(inner.ListByProgramYearAsync(programYear, program, stage, cancellationToken));

        public Task<IReadOnlyList<ProjectSummary>> ListByInstitutionAsync(string institutionId, CancellationToken cancellationToken = default) => Touch(inner.ListByInstitutionAsync(institutionId, cancellationToken));

        private T Touch<T>(T result)
        {
            Interlocked.Exchange(ref _lastCall, Stopwatch.GetTimestamp());
            return result;
        }
    }
}
