using System.Net;
using Azure.Data.Tables;
using XjKeji.App.Workflow;
using XjKeji.Infrastructure.Azurite;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// <c>Durable:ConnectionString</c> puts LocalHost's task hub in an account of its own, as Azure does (infra/bicep): the
/// workflow runs there and the application's data stays in <c>Storage:ConnectionString</c>'s account.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class SeparateTaskHubAccountTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_task_hub_lives_in_its_own_account_and_the_projects_in_the_applications()
    {
        await using var taskHubAccount = await AzuriteProcess.StartNewAsync(new AzuriteOptions());
        await using var s = await LocalHostScenario.StartAsync(azurite.ConnectionString, TimeSpan.FromSeconds(1),
            new Dictionary<string, string?> { ["Durable__ConnectionString"] = taskHubAccount.ConnectionString });
        using var applicant = s.Applicant();
        using var officer = s.Officer();

        var id = await s.SubmitApplicationAsync(applicant, "separate-hub-1");
        await HttpLifecycleTests.Poll(() => officer.GetAsync($"api/ops/projects/{id}/lifecycle"),
            r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("runtimeStatus").GetString() == "Running", "the lifecycle runs");

        var hub = s.Host.TaskHubName;
        var instances = new TableServiceClient(taskHubAccount.ConnectionString).GetTableClient(hub + "Instances");
        Assert.True((await instances.GetEntityIfExistsAsync<TableEntity>(StageInstanceIds.Lifecycle(id), string.Empty)).HasValue, "lifecycle instance in the task hub's account");
        var projects = new TableProjectRepository(new TableServiceClient(azurite.ConnectionString), new TableNames(s.TablePrefix));
        Assert.True(await projects.FindAsync(id) is not null, "project row in the application's account");

        var hubTablesInApplicationAccount = new List<string>();
        await foreach (var table in new TableServiceClient(azurite.ConnectionString).QueryAsync())
        {
            if (table.Name.StartsWith(hub, StringComparison.OrdinalIgnoreCase))
            {
                hubTablesInApplicationAccount.Add(table.Name);
            }
        }

        Assert.Empty(hubTablesInApplicationAccount);
    }
}
