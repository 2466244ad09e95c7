using Azure.Data.Tables;
using Azure.Storage.Blobs;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;
using XjKeji.Infrastructure.Blobs;
using XjKeji.Infrastructure.Storage;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Evidence;

/// <summary>Evidence tables and a container of their own on the shared Azurite, with the services wired to them.</summary>
internal sealed class EvidenceTestContext : IDisposable
{
    private EvidenceTestContext(TableProjectRepository projects, TableEvidenceRepository evidence, BlobEvidenceStore blobs, BlobContainerClient container, EvidenceRules rules)
    {
        Projects = projects;
        Evidence = evidence;
        Blobs = blobs;
        Container = container;
        Upload = new EvidenceUploadService(projects, evidence, blobs, rules, new EvidenceOptions(), TimeProvider.System);
        Processor = new EvidenceProcessor(evidence, blobs, rules, TimeProvider.System);
    }

    public TableProjectRepository Projects { get; }

    public TableEvidenceRepository Evidence { get; }

    public BlobEvidenceStore Blobs { get; }

    /// <summary>The container through the account key, for tests that put blobs in directly.</summary>
    public BlobContainerClient Container { get; }

    public EvidenceUploadService Upload { get; }

    public EvidenceProcessor Processor { get; }

    public static async Task<EvidenceTestContext> CreateAsync(AzuriteFixture azurite, EvidenceRules? rules = null)
    {
        var prefix = "e" + Guid.NewGuid().ToString("N")[..10];
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(prefix);
        await new TableStorageInitializer(tables, names).StartAsync(CancellationToken.None);
        var evidence = new TableEvidenceRepository(tables, prefix + "Evidence", prefix + "EvidenceHashes");
        await evidence.CreateTablesAsync();
        var blobService = new BlobServiceClient(azurite.ConnectionString);
        var blobs = new BlobEvidenceStore(blobService, TimeProvider.System, prefix);
        await blobs.CreateContainerAsync();
        return new EvidenceTestContext(new TableProjectRepository(tables, names), evidence, blobs, blobService.GetBlobContainerClient(prefix), rules ?? EvidenceRules.Default);
    }

    /// <summary>Stores a draft project of the institution and returns the applicant who may act on it.</summary>
    public async Task<Actor> CreateProjectAsync(string projectId, string institutionId)
    {
        var form = Samples.AidForm() with { Institution = new Institution(institutionId, "单位 " + institutionId) };
        var applicant = new Actor(Role.Applicant, "pi-" + institutionId, "张伟", institutionId);
        await Projects.CreateAsync(Project.CreateDraft(projectId, Samples.AidCall(), form, applicant, Samples.InCallWindow));
        return applicant;
    }

    public void Dispose() => Blobs.Dispose();
}
