using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Blobs;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.TableStorage;

/// <summary>The report's read model follows project saves and accepted files, through the adapters the hosts use.</summary>
[Collection(AzuriteCollection.Name)]
public class ReportFactsTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Approved_projects_and_their_accepted_files_are_read_back_by_program_year_newest_state_only()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var evidence = new TableEvidenceRepository(ctx.Service, ctx.Names);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        var draft = Project.CreateDraft("P-RF-draft", Samples.AidCall(), Samples.AidForm(), Samples.Applicant, Samples.InCallWindow);
        await ctx.Projects.CreateAsync(draft);
        var contract = Project.Rehydrate(Samples.InStage(ProjectStage.Contract).ToSnapshot() with { Id = "P-RF-报告", ContractSignedOn = null });
        await ctx.Projects.CreateAsync(contract);

        // Signed: the newer state replaces the stored facts; the workflow's refresh with the older state changes nothing.
        var found = (await ctx.Projects.FindAsync("P-RF-报告"))!;
        found.Project.SignContract(Samples.Applicant, Samples.InCallWindow.AddMonths(3));
        await ctx.Projects.SaveAsync(found.Project, found.ETag);
        await ctx.Projects.RefreshIndexAsync(contract);
        await evidence.RecordAsync(Accepted("P-RF-报告", "P-RF-报告/Contract/01/任务书.pdf", 2));
        await evidence.RecordAsync(Accepted("P-RF-报告", "P-RF-报告/Contract/00/附件.pdf", 1));
        await evidence.RecordAsync(Accepted("P-RF-报告", "P-RF-报告/Contract/01/任务书.pdf", 2) with { Status = EvidenceStatus.Rejected });
        await evidence.RecordAsync(Accepted("P-RF-draft", "P-RF-draft/Draft/00/申报书.pdf", 1) with { Status = EvidenceStatus.Rejected });

        var year = await reader.ReadAsync(2018);

        var facts = Assert.Single(year.Projects);
        Assert.Equal(("P-RF-报告", ProjectStage.Execution, true, found.Project.AuditSequence), (facts.ProjectId, facts.Stage, facts.ContractSigned, facts.AuditSequence));
        Assert.Equal(["P-RF-报告/Contract/00/附件.pdf", "P-RF-报告/Contract/01/任务书.pdf"], year.AcceptedFiles["P-RF-报告"]);
        Assert.False(year.AcceptedFiles.ContainsKey("P-RF-draft"));
        Assert.Empty((await reader.ReadAsync(2019)).Projects);
    }

    [Fact]
    public async Task Projects_sharing_a_bucket_row_written_at_once_are_all_kept()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        // Ids whose facts land in the same row (bucket = first 8 bytes of the id's SHA-256 modulo 1,024), so every
        // write but the first meets a changed ETag at least once.
        var ids = SameBucket("P-RF-", 7, 12);

        await Task.WhenAll(ids.Select(id => ctx.Projects.CreateAsync(Project.Rehydrate(Samples.InStage(ProjectStage.Execution).ToSnapshot() with { Id = id }))));

        var year = await reader.ReadAsync(2018);
        Assert.Equal(ids.Order(StringComparer.Ordinal), year.Projects.Select(p => p.ProjectId));
    }

    [Fact]
    public async Task A_project_too_large_for_its_entry_is_read_from_its_own_rows()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var evidence = new TableEvidenceRepository(ctx.Service, ctx.Names);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        var names = Enumerable.Range(0, 60).Select(i => $"P-RF-big/AcceptanceDue/{i:D32}/第{i}份验收材料.pdf").ToList();
        var big = Samples.InStage(ProjectStage.Closed).ToSnapshot() with
        {
            Id = "P-RF-big",
            Actuals = [new("AX-TALENTS", Domain.Indicators.IndicatorValue.Qualitative(new string('长', 3000)), names)],
        };
        await ctx.Projects.CreateAsync(Project.Rehydrate(big));
        for (var i = 0; i < names.Count; i++)
        {
            await evidence.RecordAsync(Accepted("P-RF-big", names[i], i));
        }

        var year = await reader.ReadAsync(2018);

        Assert.Equivalent(Domain.Reporting.ReportFacts.Of(big), Assert.Single(year.Projects), strict: true);
        Assert.Equal(names, year.AcceptedFiles["P-RF-big"]);
    }

    [Fact]
    public async Task A_bulk_loaded_year_reads_back_as_the_same_projects_written_one_by_one()
    {
        var one = await StorageTestContext.CreateAsync(azurite);
        var bulk = await StorageTestContext.CreateAsync(azurite);
        var evidence = new TableEvidenceRepository(one.Service, one.Names);
        var stages = new[] { ProjectStage.ExpertReview, ProjectStage.Contract, ProjectStage.Execution, ProjectStage.Closed, ProjectStage.Terminated };
        var projects = Enumerable.Range(0, 40).Select(i => Samples.InStage(stages[i % stages.Length]).ToSnapshot() with
        {
            Id = $"P-RF-批量-{i}",
            ProgramYear = 2017 + (i % 2),
            ApprovedOn = stages[i % stages.Length] == ProjectStage.ExpertReview ? null : new DateOnly(2018, 5, 20),
        }).ToList();
        var files = projects.ToDictionary(p => p.Id, p => (IReadOnlyList<(DateTimeOffset, string)>)[.. Enumerable.Range(0, p.Id.Length % 3).Select(n => (Samples.InCallWindow.AddDays(n), $"{p.Id}/Contract/{n:D2}/任务书.pdf"))]);
        foreach (var p in projects)
        {
            await one.Projects.CreateAsync(Project.Rehydrate(p));
            foreach (var (at, blob) in files[p.Id])
            {
                await evidence.RecordAsync(Accepted(p.Id, blob, 0) with { UploadedAt = at });
            }
        }

        await new ReportFactsBulkLoader(bulk.Service, bulk.Names).LoadAsync(projects.Select(p => (p, files[p.Id])), concurrency: 4);

        foreach (var year in new[] { 2017, 2018 })
        {
            var expected = await new TableReportFactsReader(one.Service, one.Names).ReadAsync(year);
            var loaded = await new TableReportFactsReader(bulk.Service, bulk.Names).ReadAsync(year);
            Assert.Equal(16, loaded.Projects.Count);
            Assert.Equivalent(expected.Projects, loaded.Projects, strict: true);
            Assert.Equivalent(expected.AcceptedFiles, loaded.AcceptedFiles, strict: true);
            Assert.NotEmpty(loaded.AcceptedFiles);
        }
    }

    [Fact]
    public async Task A_year_read_from_the_pages_json_is_the_same_as_read_from_the_sdks_entities()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var evidence = new TableEvidenceRepository(ctx.Service, ctx.Names);
        // Chinese text, quotes and backslashes in a qualitative value (escaped twice over in the page), a project too
        // large for its entry, and accepted files.
        var full = Storage.StorageSamples.Full("P-RF-页面");
        var quoted = Samples.InStage(ProjectStage.Execution).ToSnapshot() with
        {
            Id = "P-RF-\"引号\"\\",
            Actuals = [new("AX-IP", Domain.Indicators.IndicatorValue.Qualitative("\"较好\" \\ \u0001 😀"), [])],
        };
        var big = Samples.InStage(ProjectStage.Closed).ToSnapshot() with
        {
            Id = "P-RF-页面-big",
            Actuals = [new("AX-TALENTS", Domain.Indicators.IndicatorValue.Qualitative(new string('长', 3000)), [])],
        };
        foreach (var p in new[] { full, quoted, big })
        {
            await ctx.Projects.CreateAsync(Project.Rehydrate(p));
        }

        await evidence.RecordAsync(Accepted(full.Id, $"{full.Id}/Contract/00/任务书.pdf", 1));
        var unbuffered = new UnbufferedGets();
        var options = TableQueryPageCapture.AddTo(new Azure.Data.Tables.TableClientOptions());
        options.AddPolicy(unbuffered, Azure.Core.HttpPipelinePosition.BeforeTransport);
        var fromPages = await new TableReportFactsReader(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString, options), ctx.Names).ReadAsync(2018);
        var fromEntities = await new TableReportFactsReader(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), ctx.Names).ReadAsync(2018);

        Assert.True(unbuffered.Count >= 2, $"{unbuffered.Count} pages read from their JSON");
        Assert.Equal(3, fromPages.Projects.Count);
        Assert.Equivalent(fromEntities.Projects, fromPages.Projects, strict: true);
        Assert.Equivalent(fromEntities.AcceptedFiles, fromPages.AcceptedFiles, strict: true);
        Assert.Equivalent(Domain.Reporting.ReportFacts.Of(quoted), fromPages.Projects.Single(p => p.ProjectId == quoted.Id), strict: true);
        Assert.Equal([$"{full.Id}/Contract/00/任务书.pdf"], fromPages.AcceptedFiles[full.Id]);
    }

    [Fact]
    public async Task A_year_read_for_a_later_report_keeps_only_the_projects_counted_in_it_and_their_files()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        // Two 2016 projects: one still paid a tranche in 2018 (carried over into that year's report), one paid off in 2017.
        var carried = Of2016("P-RF-结转", 2016, 2017, 2018);
        var finished = Of2016("P-RF-已完", 2016, 2017);
        IReadOnlyList<(DateTimeOffset, string)> Files(string id) => [(Samples.InCallWindow, $"{id}/Contract/00/任务书.pdf")];
        await new ReportFactsBulkLoader(ctx.Service, ctx.Names).LoadAsync([(carried, Files(carried.Id)), (finished, Files(finished.Id))], concurrency: 2);

        var all = await reader.ReadAsync(2016);
        var counted = await reader.ReadAsync(2016, countedIn: 2018);

        Assert.Equal(["P-RF-已完", "P-RF-结转"], all.Projects.Select(p => p.ProjectId).Order(StringComparer.Ordinal));
        Assert.Equal(["P-RF-结转"], counted.Projects.Select(p => p.ProjectId));
        Assert.Equal(["P-RF-结转"], counted.AcceptedFiles.Keys);
        Assert.Equal([$"{carried.Id}/Contract/00/任务书.pdf"], counted.AcceptedFiles[carried.Id]);
        var paidOff = await reader.ReadAsync(2016, countedIn: 2019);
        Assert.Empty(paidOff.Projects);
        Assert.Empty(paidOff.AcceptedFiles);
    }

    [Fact]
    public async Task A_facts_row_is_marked_with_the_last_year_its_projects_count_in_and_a_report_passes_over_a_year_paid_off()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        var ids = SameBucket("P-RF-标记-", 11, 2);
        var row = $"f-{11:D4}";

        await ctx.Projects.CreateAsync(Project.Rehydrate(Of2016(ids[0], 2016, 2017)));
        Assert.Equal(2017, await PaidUntilAsync(ctx, row));
        Assert.Empty((await reader.ReadAsync(2016, countedIn: 2018)).Projects);
        Assert.Equal([ids[0]], (await reader.ReadAsync(2016, countedIn: 2017)).Projects.Select(p => p.ProjectId));

        // A project of the same row paid in 2018 raises the mark; a newer state of the first paying less never lowers it.
        await ctx.Projects.CreateAsync(Project.Rehydrate(Of2016(ids[1], 2016, 2017, 2018)));
        Assert.Equal(2018, await PaidUntilAsync(ctx, row));
        await ctx.Projects.RefreshIndexAsync(Project.Rehydrate(Of2016(ids[0], 2016) with { AuditSequence = Of2016(ids[0]).AuditSequence + 1 }));
        Assert.Equal(2018, await PaidUntilAsync(ctx, row));
        Assert.Equal([ids[1]], (await reader.ReadAsync(2016, countedIn: 2018)).Projects.Select(p => p.ProjectId));
        Assert.Empty((await reader.ReadAsync(2016, countedIn: 2019)).Projects);
    }

    [Fact]
    public async Task A_facts_row_written_before_the_mark_stays_unmarked_and_its_projects_are_read()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var reader = new TableReportFactsReader(ctx.Service, ctx.Names);
        var ids = SameBucket("P-RF-旧行-", 5, 2);
        var row = $"f-{5:D4}";
        // The legacy row: an entry of a project paid in 2018, written as the model was before rows were marked.
        var legacy = Of2016(ids[0], 2016, 2017, 2018);
        await ctx.Service.GetTableClient(ctx.Names.ReportFacts).AddEntityAsync(new Azure.Data.Tables.TableEntity("2016", row)
        {
            [Property(ids[0])] = ReportFactsJson.Write(Domain.Reporting.ReportFacts.Of(legacy)),
        });

        await ctx.Projects.CreateAsync(Project.Rehydrate(Of2016(ids[1], 2016, 2017)));

        Assert.Null(await PaidUntilAsync(ctx, row));
        Assert.Equal([ids[0]], (await reader.ReadAsync(2016, countedIn: 2018)).Projects.Select(p => p.ProjectId));
    }

    [Fact]
    public async Task A_bulk_load_marks_its_rows_and_never_lowers_a_stored_mark()
    {
        var ctx = await StorageTestContext.CreateAsync(azurite);
        var loader = new ReportFactsBulkLoader(ctx.Service, ctx.Names);
        var ids = SameBucket("P-RF-批标-", 3, 2);
        var row = $"f-{3:D4}";

        await loader.LoadAsync([(Of2016(ids[0], 2016, 2017, 2018), [])], concurrency: 1);
        Assert.Equal(2018, await PaidUntilAsync(ctx, row));
        await loader.LoadAsync([(Of2016(ids[1], 2016), [])], concurrency: 1);

        Assert.Equal(2018, await PaidUntilAsync(ctx, row));
        Assert.Equal([ids[0]], (await new TableReportFactsReader(ctx.Service, ctx.Names).ReadAsync(2016, countedIn: 2018)).Projects.Select(p => p.ProjectId));
    }

    // A 2016 project in execution, paid 100,000 in each of the given years.
    private static ProjectSnapshot Of2016(string id, params int[] paidIn)
    {
        var template = Samples.InStage(ProjectStage.Execution).ToSnapshot();
        return template with
        {
            Id = id,
            ProgramYear = 2016,
            Form = template.Form with { Budget = template.Form.Budget with { Disbursements = [.. paidIn.Select(y => new Domain.Budget.FiscalDisbursement(y, 100_000m))] } },
        };
    }

    private static async Task<int?> PaidUntilAsync(StorageTestContext ctx, string row) =>
        (await ctx.Service.GetTableClient(ctx.Names.ReportFacts).GetEntityAsync<Azure.Data.Tables.TableEntity>("2016", row)).Value.GetInt32("PaidUntil");

    private static string Property(string id) => "p" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))[..8]);

    // Ids whose facts land in the same bucket row.
    private static List<string> SameBucket(string prefix, int bucket, int count) =>
        [.. Enumerable.Range(0, 100_000).Select(i => prefix + i).Where(id => Bucket(id) == bucket).Take(count)];

    private static int Bucket(string id) => (int)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % 1024);

    // Counts the GET requests sent without buffering their response: the pages TableQueryPageCapture reads as they stream.
    private sealed class UnbufferedGets : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => _count;

        public override void OnSendingRequest(Azure.Core.HttpMessage message)
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Get && !message.BufferResponse)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }

    private static EvidenceRecord Accepted(string projectId, string blobName, int day) =>
        new(projectId, blobName, "任务书.pdf", EvidenceKind.SignedContract, ProjectStage.Contract, Samples.InstitutionId, "pi-1", "张伟",
            Samples.InCallWindow.AddDays(day), EvidenceStatus.Accepted) { Sha256 = new string('a', 63) + day, SizeBytes = 10, DetectedType = DetectedFileType.Pdf };
}
