using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using XjKeji.App.Projects;
using XjKeji.App.Tests.Fakes;
using XjKeji.App.Time;
using XjKeji.App.Workflow;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Deadlines;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Workflow;

/// <summary>
/// The real orchestrations and activities on the in-memory Durable Task host, over in-memory ports, with business time
/// compressed so that a business day passes in <see cref="WallPerBusinessDay"/>.
/// </summary>
internal sealed class LifecycleTestHost : IAsyncDisposable
{
    public static readonly TimeSpan WallPerBusinessDay = TimeSpan.FromMilliseconds(60);
    public static readonly DateTimeOffset BusinessStart = new(2018, 3, 12, 1, 0, 0, TimeSpan.Zero); // Mon 09:00 Beijing, call open

    private LifecycleTestHost(DurableTaskTestHost host, ProjectCommands commands, IBusinessClock clock, InMemoryProjectRepository projects, RecordingEmailSender emails, InMemoryCreditEventLog credit)
    {
        Host = host;
        Commands = commands;
        Clock = clock;
        Projects = projects;
        Emails = emails;
        Credit = credit;
    }

    public DurableTaskTestHost Host { get; }

    public ProjectCommands Commands { get; }

    public IBusinessClock Clock { get; }

    public InMemoryProjectRepository Projects { get; }

    public RecordingEmailSender Emails { get; }

    public InMemoryCreditEventLog Credit { get; }

    /// <summary>
    /// Starts the host on a free loopback port; <paramref name="sender"/> may wrap the recording sender (e.g. to make sends
    /// fail). New lifecycles start with <paramref name="lifecycleVersion"/>, and an instance waiting on nothing else
    /// re-reads the project after <paramref name="recheck"/> of wall time (5 s unless given).
    /// </summary>
    public static Task<LifecycleTestHost> StartAsync(Func<RecordingEmailSender, Domain.Ports.IEmailSender>? sender = null, int lifecycleVersion = WorkflowVersions.Current, TimeSpan? recheck = null) =>
        FreeLoopbackPort.StartAsync(port => StartAsync(port, sender, lifecycleVersion, recheck ?? TimeSpan.FromSeconds(5)));

    private static async Task<LifecycleTestHost> StartAsync(int port, Func<RecordingEmailSender, Domain.Ports.IEmailSender>? sender, int lifecycleVersion, TimeSpan recheck)
    {
        var workflow = new WorkflowOptions { RecheckInterval = recheck };
        var clock = new ClockOptions { Scale = TimeSpan.FromDays(1) / WallPerBusinessDay, WallOrigin = DateTimeOffset.UtcNow, BusinessOrigin = BusinessStart };
        var projects = new InMemoryProjectRepository();
        var calls = new InMemoryCallRepository();
        var emails = new RecordingEmailSender();
        var credit = new InMemoryCreditEventLog();
        var mail = sender?.Invoke(emails) ?? emails;
        var host = await DurableTaskTestHost.StartAsync(TaskRegistration.AddAll, new DurableTaskTestHostOptions
        {
            Port = port,
            LoggerFactory = NullLoggerFactory.Instance,
            ConfigureServices = services =>
            {
                services.AddXjKejiApp(workflow, clock);
                services.AddSingleton<Domain.Ports.IProjectRepository>(projects);
                services.AddSingleton<Domain.Ports.ICallRepository>(calls);
                services.AddSingleton<Domain.Ports.IEmailSender>(mail);
                services.AddSingleton<Domain.Ports.ICreditEventLog>(credit);
                services.AddLogging();
            },
        });
        var businessClock = new ScaledBusinessClock(clock, TimeProvider.System);
        var signals = new DurableWorkflowSignals(host.Client, NullLogger<DurableWorkflowSignals>.Instance, lifecycleVersion);
        var planner = new SignalPlanner(new ProjectSync(projects, credit, mail, workflow), new DeadlinePolicy(Regulations.Defaults, ChinaWorkingDayCalendar.Default), businessClock, workflow, NullLogger<SignalPlanner>.Instance);
        var commands = new ProjectCommands(projects, calls, signals, businessClock, planner);
        // Open all year: business time runs from the host's start, and a loaded machine can take a business month to get here.
        await calls.SaveAsync(Samples.AidCall() with { ClosesOn = new DateOnly(2018, 12, 31) });
        return new LifecycleTestHost(host, commands, businessClock, projects, emails, credit);
    }

    /// <summary>A submitted application with a short execution period (April–May 2018) so the whole lifecycle fits a test.</summary>
    public async Task<string> SubmitAsync(string projectId)
    {
        var form = Samples.AidForm() with { ExecutionStartsOn = new DateOnly(2018, 4, 1), ExecutionEndsOn = new DateOnly(2018, 5, 31) };
        await Commands.CreateDraftAsync(projectId, Samples.AidCall().Id, form, Samples.Applicant);
        await Commands.SubmitAsync(projectId, null, Samples.Applicant);
        return projectId;
    }

    public async Task<Project> WaitForStageAsync(string projectId, ProjectStage stage)
    {
        try
        {
            return await Eventually.UntilAsync(async () => (await Projects.FindAsync(projectId))!.Project, p => p.Stage == stage, TimeSpan.FromSeconds(60), $"{projectId} reaches {stage}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; stage now {(await Projects.FindAsync(projectId))!.Project.Stage}; {await DescribeAsync(projectId)}", e);
        }
    }

    /// <summary>The lifecycle instance's state, for failure messages.</summary>
    public async Task<string> DescribeAsync(string projectId)
    {
        var i = await Host.Client.GetInstanceAsync(projectId, getInputsAndOutputs: true);
        return i is null ? "no lifecycle instance" : $"lifecycle {i.RuntimeStatus}, status {i.SerializedCustomStatus}, failure {i.FailureDetails}";
    }

    public Task ActAsync(string projectId, Action<Project, DateTimeOffset> act) => Commands.ExecuteAsync(projectId, null, Samples.Officer, act);

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
