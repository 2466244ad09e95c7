using System.Text;
using Azure.Data.Tables;

namespace XjKeji.Integration.Tests.Faults;

/// <summary>
/// For the failure message of a stuck lifecycle: the project's orchestration instances (lifecycle and stage visits) as
/// the Azure Storage backend records them in its task hub's tables, with the last events of each unfinished one.
/// </summary>
internal static class TaskHubDiagnostics
{
    public static async Task<string> DescribeAsync(TableServiceClient service, string taskHub, string projectId)
    {
        var text = new StringBuilder();
        var instances = service.GetTableClient($"{taskHub}Instances");
        var history = service.GetTableClient($"{taskHub}History");
        // Stage instances are "{project}:{stage}:{sequence}": the range [project, project + '~') holds them all.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {projectId} and PartitionKey lt {projectId + "~"}");
        await foreach (var i in instances.QueryAsync<TableEntity>(filter))
        {
            var status = i.GetString("RuntimeStatus");
            text.AppendLine($"    {i.PartitionKey}: {status}, updated {i.GetDateTimeOffset("LastUpdatedTime"):HH:mm:ss.fff}, custom {i.GetString("CustomStatus")}");
            if (status is "Completed" or "Failed" or "Terminated")
            {
                continue;
            }

            var events = new List<TableEntity>();
            await foreach (var e in history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {i.PartitionKey}")))
            {
                events.Add(e);
            }

            foreach (var e in events.Where(e => e.RowKey != "sentinel").TakeLast(12))
            {
                text.AppendLine($"      {e.RowKey} {e.GetString("EventType")} {e.GetString("Name")} {e.GetDateTimeOffset("FireAt"):HH:mm:ss.fff} {e.Timestamp:HH:mm:ss.fff}");
            }
        }

        return text.Length == 0 ? $"    no orchestration instance of {projectId}{Environment.NewLine}" : text.ToString();
    }
}
