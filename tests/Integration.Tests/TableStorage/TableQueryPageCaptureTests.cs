using System.Text;
using Azure;
using Azure.Data.Tables;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>Query pages go to the scope's handler as JSON; everything outside a scope, and every failure, is as usual.</summary>
[Collection(AzuriteCollection.Name)]
public class TableQueryPageCaptureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pages_in_a_scope_reach_its_handler_in_order_and_the_sdk_sees_none_of_their_entities()
    {
        var (service, table) = await TableOfFiveAsync();
        var pages = new List<List<string>>();

        var seen = new List<TableEntity>();
        using (TableQueryPageCapture.Scope(async (page, token) =>
        {
            var names = new List<string>();
            await TablePageJson.ForEachStringAsync(page, n => n.SequenceEqual("Name"u8), v => names.Add(Encoding.UTF8.GetString(v)), token);
            pages.Add(names);
        }))
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(maxPerPage: 2))
            {
                seen.Add(entity);
            }
        }

        Assert.Empty(seen);
        Assert.Equal([["项目\"0\"", "项目\"1\""], ["项目\"2\"", "项目\"3\""], ["项目\"4\""]], pages);
        // Outside the scope the same client gives entities again.
        Assert.Equal(5, await CountAsync(table));
        Assert.Equal(5, await CountAsync(service.GetTableClient(table.Name)));
    }

    [Fact]
    public async Task A_synchronous_query_in_a_scope_reaches_its_handler_too()
    {
        var (_, table) = await TableOfFiveAsync();
        var names = new List<string>();

        List<TableEntity> seen;
        using (TableQueryPageCapture.Scope((page, token) =>
            TablePageJson.ForEachStringAsync(page, n => n.SequenceEqual("Name"u8), v => names.Add(Encoding.UTF8.GetString(v)), token)))
        {
            seen = [.. table.Query<TableEntity>(maxPerPage: 3)];
        }

        Assert.Empty(seen);
        Assert.Equal(["项目\"0\"", "项目\"1\"", "项目\"2\"", "项目\"3\"", "项目\"4\""], names);
    }

    [Fact]
    public async Task A_failed_query_a_point_read_and_a_write_in_a_scope_go_as_usual()
    {
        var (service, table) = await TableOfFiveAsync();
        var handled = 0;

        using (TableQueryPageCapture.Scope((_, _) =>
        {
            handled++;
            return ValueTask.CompletedTask;
        }))
        {
            var missing = service.GetTableClient("missing" + Guid.NewGuid().ToString("N")[..10]);
            var failure = await Assert.ThrowsAsync<RequestFailedException>(async () =>
            {
                await foreach (var unused in missing.QueryAsync<TableEntity>())
                {
                }
            });
            Assert.Equal(404, failure.Status);
            Assert.Equal("TableNotFound", failure.ErrorCode);

            await table.UpsertEntityAsync(new TableEntity("p", "9") { ["Name"] = "新" });
            // A point read is a GET too, but not a query: its entity comes back.
            Assert.Equal("新", (await table.GetEntityAsync<TableEntity>("p", "9")).Value.GetString("Name"));
            Assert.Equal("项目\"3\"", (await table.GetEntityIfExistsAsync<TableEntity>("p", "3")).Value!.GetString("Name"));
        }

        Assert.Equal(0, handled);
    }

    private async Task<(TableServiceClient Service, TableClient Table)> TableOfFiveAsync()
    {
        var service = new TableServiceClient(azurite.ConnectionString, TableQueryPageCapture.AddTo(new TableClientOptions()));
        var table = service.GetTableClient("capture" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await table.AddEntityAsync(new TableEntity("p", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { ["Name"] = $"项目\"{i}\"", ["Size"] = i });
        }

        return (service, table);
    }

    private static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var unused in table.QueryAsync<TableEntity>(maxPerPage: 2))
        {
            count++;
        }

        return count;
    }
}
