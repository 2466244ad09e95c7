using Microsoft.Extensions.DependencyInjection;
using XjKeji.Domain.Ports;

namespace XjKeji.App.Tests.Workflow;

/// <summary>The app's services over given ports, from which a test creates a workflow activity as the worker would.</summary>
internal static class ActivityServices
{
    public static ServiceProvider Over(IProjectRepository projects, ICreditEventLog credit, IEmailSender emails) =>
        new ServiceCollection().AddXjKejiApp()
            .AddSingleton(projects)
            .AddSingleton(credit)
            .AddSingleton(emails)
            .AddLogging()
            .BuildServiceProvider();
}
