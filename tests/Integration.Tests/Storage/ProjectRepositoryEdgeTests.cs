using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Integration.Tests.Fixtures;
using XjKeji.Integration.Tests.TableStorage;

namespace XjKeji.Integration.Tests.Storage;

/// <summary>The project repository's edges: unsafe ids, what a conflict leaves behind, long trails, the batch limit, index repair.</summary>
[Collection(AzuriteCollection.Name)]
public class ProjectRepositoryEdgeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ids_with_key_forbidden_characters_and_chinese_work_end_to_end()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        const string id = "P/2018#新疆?1\\a%b";
        var institution = new Institution("9165/科技#厅?", "新疆科技厅");
        await repo.CreateAsync(StorageSamples.Draft(id, institution));

        var loaded = (await repo.FindAsync(id))!;
        loaded.Project.Submit(StorageSamples.ApplicantOf(loaded.Project), Samples.InCallWindow, Samples.AidCall());
        await repo.SaveAsync(loaded.Project, loaded.ETag);

        Assert.Equal(id, (await repo.FindAsync(id))!.Project.Id);
        Assert.Equal(id, Assert.Single(await repo.GetAuditTrailAsync(id)).ProjectId);
        Assert.Equal(id, Assert.Single(await repo.ListByInstitutionAsync(institution.Id)).ProjectId);
        Assert.Equal(id, Assert.Single(await repo.ListByProgramYearAsync(2018, ProgramCode.AidXinjiang, ProjectStage.EligibilityCheck)).ProjectId);
        Assert.Null(await repo.FindAsync("P/2018#新疆?1\\a%25b"));
    }

    [Fact]
    public async Task A_losing_save_leaves_exactly_the_winning_saves_rows()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var repo = ctx.Projects;
        await repo.CreateAsync(StorageSamples.Draft("P-LOSE"));
        var winner = (await repo.FindAsync("P-LOSE"))!;
        var loser = (await repo.FindAsync("P-LOSE"))!;
        winner.Project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        loser.Project.Submit(Samples.Applicant, Samples.InCallWindow.AddMinutes(1), Samples.AidCall());
        loser.Project.Withdraw(Samples.Applicant, Samples.InCallWindow.AddMinutes(2), "改投其他计划");

        var etag = await repo.SaveAsync(winner.Project, winner.ETag);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repo.SaveAsync(loser.Project, loser.ETag));

        Assert.Equal(2, loser.Project.PendingAudit.Count); // nothing was stored, so nothing is marked stored
        var rows = new List<TableEntity>();
        await foreach (var row in ctx.Service.GetTableClient(ctx.Names.Projects).QueryAsync<TableEntity>(e => e.PartitionKey == "P-LOSE"))
        {
            rows.Add(row);
        }

        Assert.Equal(["audit-000001", "project"], rows.Select(r => r.RowKey));
        Assert.Equal(Samples.InCallWindow, rows[0].GetDateTimeOffset("At"));
        Assert.Equal(nameof(ProjectStage.EligibilityCheck), rows[1].GetString("Stage"));
        Assert.Equal(1, rows[1].GetInt32("AuditSequence"));
        Assert.Equal(etag, rows[1].ETag.ToString());
    }

    [Fact]
    public async Task The_trail_stays_gapless_and_ordered_over_many_saves_using_each_returned_etag()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        var project = StorageSamples.Draft("P-TRAIL");
        var etag = await repo.CreateAsync(project);
        var call = Samples.AidCall();
        var at = Samples.InCallWindow;

        project.Submit(Samples.Applicant, at, call);
        etag = await repo.SaveAsync(project, etag);
        for (var round = 0; round < 6; round++)
        {
            // Two entries in one save, then the next save uses the ETag this one returned, without reading again.
            project.ReturnForCorrection(Samples.Officer, at.AddHours(round + 1), $"第{round + 1}次退回");
            project.Resubmit(Samples.Applicant, at.AddHours(round + 1).AddMinutes(30), call);
            etag = await repo.SaveAsync(project, etag);
        }

        var trail = await repo.GetAuditTrailAsync("P-TRAIL");
        Assert.Equal(Enumerable.Range(1, 13), trail.Select(a => a.Sequence));
        Assert.Equal(ProjectAction.Submit, trail[0].Action);
        Assert.All(trail.Skip(1).Where((_, i) => i % 2 == 0), a => Assert.Equal(ProjectAction.ReturnForCorrection, a.Action));
        Assert.Equal("第6次退回", trail[11].Reason);
        Assert.Equal(etag, (await repo.FindAsync("P-TRAIL"))!.ETag);
    }

    [Fact]
    public async Task Ninety_nine_pending_entries_fit_one_transaction_and_a_hundred_are_refused_before_writing()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        await repo.CreateAsync(StorageSamples.Draft("P-MANY"));
        await repo.CreateAsync(StorageSamples.Draft("P-TOO-MANY"));

        var fits = await LoadWithPendingAsync(repo, "P-MANY", 99);
        await repo.SaveAsync(fits.Project, fits.ETag);
        Assert.Equal(99, (await repo.GetAuditTrailAsync("P-MANY")).Count);

        var tooMany = await LoadWithPendingAsync(repo, "P-TOO-MANY", 100);
        await Assert.ThrowsAsync<InvalidOperationException>(() => repo.SaveAsync(tooMany.Project, tooMany.ETag));
        Assert.Empty(await repo.GetAuditTrailAsync("P-TOO-MANY"));
        Assert.Equal(ProjectStage.Draft, (await repo.FindAsync("P-TOO-MANY"))!.Project.Stage);
    }

    [Fact]
    public async Task Refreshing_the_index_repairs_rows_lost_between_the_two_writes()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var repo = ctx.Projects;
        var institution = new Institution("9165-REPAIR", "新疆大学");
        await repo.CreateAsync(StorageSamples.Draft("P-REPAIR", institution));
        var index = ctx.Service.GetTableClient(ctx.Names.ProjectIndex);
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.RowKey == "P-REPAIR"))
        {
            await index.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.Empty(await repo.ListByInstitutionAsync(institution.Id));

        await repo.RefreshIndexAsync((await repo.FindAsync("P-REPAIR"))!.Project);
        await repo.RefreshIndexAsync((await repo.FindAsync("P-REPAIR"))!.Project); // repeating is harmless

        var summary = Assert.Single(await repo.ListByInstitutionAsync(institution.Id));
        Assert.Equal(("P-REPAIR", "新疆大学", ProjectStage.Draft), (summary.ProjectId, summary.InstitutionName, summary.Stage));
        Assert.Single(await repo.ListByProgramYearAsync(2018, ProgramCode.AidXinjiang, ProjectStage.Draft));
    }

    /// <summary>Loads a project and gives it <paramref name="count"/> unsaved audit entries: a submit, then return/resubmit pairs (count odd) or a final return.</summary>
    private static async Task<VersionedProject> LoadWithPendingAsync(IProjectRepository repo, string id, int count)
    {
        var loaded = (await repo.FindAsync(id))!;
        var call = Samples.AidCall();
        var at = Samples.InCallWindow;
        loaded.Project.Submit(Samples.Applicant, at, call);
        for (var i = 1; i < count; i++)
        {
            if (i % 2 == 1)
            {
                loaded.Project.ReturnForCorrection(Samples.Officer, at.AddMinutes(i), "补充材料");
            }
            else
            {
                loaded.Project.Resubmit(Samples.Applicant, at.AddMinutes(i), call);
            }
        }

        Assert.Equal(count, loaded.Project.PendingAudit.Count);
        return loaded;
    }
}
