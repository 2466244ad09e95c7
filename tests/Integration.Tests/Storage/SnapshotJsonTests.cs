using System.Globalization;
using System.Text.Json;
using XjKeji.Domain.Projects;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Integration.Tests.TableStorage;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>The stored JSON of a project keeps every field exactly, and stays readable.</summary>
[Collection(AzuriteCollection.Name)]
public class SnapshotJsonTests(AzuriteFixture azurite)
{
    [Fact]
    public void A_full_snapshot_survives_the_storage_json_exactly()
    {
        var snapshot = StorageSamples.Full("P-JSON-1");

        var json = JsonSerializer.Serialize(snapshot, StorageJson.Options);
        var back = JsonSerializer.Deserialize<ProjectSnapshot>(json, StorageJson.Options);

        Assert.Equivalent(snapshot, back, strict: true);
        Assert.Equal("71439500.00", back!.ApprovedFiscalCny!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.01", back.Actuals[0].Value.Number!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(snapshot.CreatedAt.Offset, back.CreatedAt.Offset);
    }

    [Fact]
    public void Stored_json_is_camel_case_with_enum_names_and_readable_chinese()
    {
        var json = JsonSerializer.Serialize(StorageSamples.Full("P-JSON-2"), StorageJson.Options);

        Assert.Contains("\"stage\":\"Execution\"", json, StringComparison.Ordinal);
        Assert.Contains("\"publicityEndsOn\":\"2018-05-11\"", json, StringComparison.Ordinal);
        Assert.Contains("\"approvedFiscalCny\":71439500.00", json, StringComparison.Ordinal);
        Assert.Contains("受疫情影响", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_project_survives_a_create_and_find_through_table_storage()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        var snapshot = StorageSamples.Full("P-JSON-3");

        await repo.CreateAsync(Project.Rehydrate(snapshot));
        var found = await repo.FindAsync("P-JSON-3");

        Assert.NotNull(found);
        Assert.Equivalent(snapshot, found.Project.ToSnapshot(), strict: true);
        Assert.Equal("71439500.00", found.Project.ApprovedFiscalCny!.Value.ToString(CultureInfo.InvariantCulture));
    }
}
