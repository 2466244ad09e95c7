using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

[Collection(AzuriteCollection.Name)]
public class TableProjectRepositoryTests(AzuriteFixture azurite)
{
    private static Project NewDraft(string id, string? institution = null)
    {
        var form = Samples.AidForm();
        if (institution is not null)
        {
            form = form with { Institution = new Institution(institution, "新疆大学/测试#单位?") };
        }

        var actor = new Actor(Role.Applicant, "pi-1", "张伟", form.Institution.Id);
        return Project.CreateDraft(id, Samples.AidCall(), form, actor, Samples.InCallWindow);
    }

    [Fact]
    public async Task Create_find_and_save_round_trip_with_the_audit_trail_in_one_partition()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var repo = ctx.Projects;
        var draft = NewDraft("P-RT-1");
        var etag = await repo.CreateAsync(draft);

        var loaded = await repo.FindAsync("P-RT-1");
        Assert.NotNull(loaded);
        Assert.Equal(etag, loaded.ETag);
        Assert.Equivalent(draft.ToSnapshot(), loaded.Project.ToSnapshot(), strict: true);

        loaded.Project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        loaded.Project.PassEligibility(Samples.Officer, Samples.InCallWindow, "材料齐全");
        var etag2 = await repo.SaveAsync(loaded.Project, loaded.ETag);

        Assert.NotEqual(etag, etag2);
        Assert.Empty(loaded.Project.PendingAudit);
        var trail = await repo.GetAuditTrailAsync("P-RT-1");
        Assert.Equal([(1, ProjectAction.Submit), (2, ProjectAction.PassEligibility)], trail.Select(a => (a.Sequence, a.Action)));
        Assert.Equal("材料齐全", trail[1].Reason);
        Assert.Equal("王处长", trail[1].Actor.DisplayName);
        Assert.Equal(ProjectStage.ExpertReview, (await repo.FindAsync("P-RT-1"))!.Project.Stage);
    }

    [Fact]
    public async Task Stale_etag_is_a_typed_conflict_and_writes_nothing()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        await repo.CreateAsync(NewDraft("P-CF-1"));
        var first = (await repo.FindAsync("P-CF-1"))!;
        var second = (await repo.FindAsync("P-CF-1"))!;
        first.Project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        second.Project.Withdraw(Samples.Applicant, Samples.InCallWindow, "不再申报");

        await repo.SaveAsync(first.Project, first.ETag);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repo.SaveAsync(second.Project, second.ETag));

        Assert.Equal(ProjectStage.EligibilityCheck, (await repo.FindAsync("P-CF-1"))!.Project.Stage);
        Assert.Equal([ProjectAction.Submit], (await repo.GetAuditTrailAsync("P-CF-1")).Select(a => a.Action));
    }

    [Fact]
    public async Task Twenty_concurrent_saves_of_one_version_let_exactly_one_win()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        await repo.CreateAsync(NewDraft("P-RACE-1"));
        var copies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => repo.FindAsync("P-RACE-1")));
        var results = await Task.WhenAll(copies.Select(async (c, i) =>
        {
            c!.Project.Withdraw(Samples.Applicant, Samples.InCallWindow, $"撤回 {i}");
            try
            {
                await repo.SaveAsync(c.Project, c.ETag);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(won => won));
        var trail = await repo.GetAuditTrailAsync("P-RACE-1");
        var entry = Assert.Single(trail);
        Assert.Equal($"撤回 {Array.IndexOf(results, true)}", entry.Reason);
    }

    [Fact]
    public async Task Indexes_list_by_program_year_and_stage_and_by_institution_with_unsafe_key_characters()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var repo = ctx.Projects;
        const string institution = "9165/A#B?C%D 新疆";
        var a = NewDraft("P-IX-1", institution);
        var b = NewDraft("P-IX-2", institution);
        await repo.CreateAsync(a);
        await repo.CreateAsync(b);
        var loaded = (await repo.FindAsync("P-IX-2"))!;
        loaded.Project.Submit(new Actor(Role.Applicant, "pi-1", "张伟", institution), Samples.InCallWindow, Samples.AidCall());
        await repo.SaveAsync(loaded.Project, loaded.ETag);

        var drafts = await repo.ListByProgramYearAsync(2018, ProgramCode.AidXinjiang, ProjectStage.Draft);
        var submitted = await repo.ListByProgramYearAsync(2018, ProgramCode.AidXinjiang, ProjectStage.EligibilityCheck);
        var mine = await repo.ListByInstitutionAsync(institution);

        Assert.Equal(["P-IX-1"], drafts.Select(s => s.ProjectId));
        Assert.Equal(["P-IX-2"], submitted.Select(s => s.ProjectId));
        Assert.Equal(["P-IX-1", "P-IX-2"], mine.Select(s => s.ProjectId).Order());
        Assert.All(mine, s => Assert.Equal(institution, s.InstitutionId));
        Assert.Equal("新疆大学/测试#单位?", mine[0].InstitutionName);
        Assert.Empty(await repo.ListByProgramYearAsync(2018, ProgramCode.ScoPartnership));
    }

    [Fact]
    public async Task An_older_index_write_never_overwrites_a_newer_one()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        var draft = NewDraft("P-IX-OLD");
        await repo.CreateAsync(draft);
        var stale = (await repo.FindAsync("P-IX-OLD"))!.Project;
        var current = (await repo.FindAsync("P-IX-OLD"))!;
        current.Project.Submit(Samples.Applicant, Samples.InCallWindow, Samples.AidCall());
        await repo.SaveAsync(current.Project, current.ETag);

        await repo.RefreshIndexAsync(stale); // a late writer with the draft's state

        var listed = Assert.Single(await repo.ListByProgramYearAsync(2018, ProgramCode.AidXinjiang));
        Assert.Equal((ProjectStage.EligibilityCheck, 1), (listed.Stage, listed.AuditSequence));
    }

    [Fact]
    public async Task Creating_an_existing_id_is_a_conflict()
    {
        var repo = (await StorageTestContext.CreateAsync(azurite)).Projects;
        await repo.CreateAsync(NewDraft("P-DUP"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repo.CreateAsync(NewDraft("P-DUP")));
    }

    [Fact]
    public async Task Large_snapshots_are_split_across_properties_and_read_back_whole()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var repo = ctx.Projects;
        var form = Samples.AidForm() with { Summary = string.Concat(Enumerable.Repeat("滴灌与水肥一体化技术示范。", 4000)) };
        var project = Project.CreateDraft("P-BIG", Samples.AidCall(), form, Samples.Applicant, Samples.InCallWindow);
        await repo.CreateAsync(project);

        var entity = (await ctx.Service.GetTableClient(ctx.Names.Projects).GetEntityAsync<TableEntity>("P-BIG", "project")).Value;
        Assert.True(entity.GetInt32("Chunks") > 1);
        Assert.Equal(form.Summary, (await repo.FindAsync("P-BIG"))!.Project.Form.Summary);
    }
}
