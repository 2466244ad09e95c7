using System.Text;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Evidence;

/// <summary>
/// LocalHost's evidence pass on real Table and Blob storage: it finds the pending slots with one query, processes the
/// file that arrived, leaves the slot whose file has not (the blob store's 404 is "not uploaded yet"), and a second pass
/// has only that slot left to look at.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class PendingEvidenceSweepOnStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Sweep_processes_arrived_files_and_waits_for_the_others()
    {
        using var ctx = await EvidenceTestContext.CreateAsync(azurite);
        var applicant = await ctx.CreateProjectAsync("P-SWEEP-1", "inst-sweep");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 3000) + "\n%%EOF");
        var arrived = await ctx.Upload.RequestSlotAsync(new UploadSlotRequest("P-SWEEP-1", EvidenceKind.AcceptanceReport, "验收报告.pdf", pdf.Length), applicant);
        var waiting = await ctx.Upload.RequestSlotAsync(new UploadSlotRequest("P-SWEEP-1", EvidenceKind.FinancialAudit, "财务审计报告.pdf", pdf.Length), applicant);
        await ctx.Container.GetBlobClient(arrived.BlobName).UploadAsync(new BinaryData(pdf));
        var sweep = new PendingEvidenceSweep(ctx.Evidence, ctx.Processor);

        var first = await sweep.RunOnceAsync();
        Assert.Equal([(arrived.BlobName, EvidenceProcessingResult.Accepted)], first.Processed);
        Assert.Equal((1, 0), (first.NotUploaded, first.Failed.Count));
        Assert.Equal(EvidenceStatus.Accepted, (await ctx.Evidence.FindAsync("P-SWEEP-1", arrived.BlobName))!.Status);

        var pending = await ctx.Evidence.ListPendingAsync();
        Assert.Equal(waiting.BlobName, Assert.Single(pending, p => p.ProjectId == "P-SWEEP-1").BlobName);
        var second = await sweep.RunOnceAsync();
        Assert.Empty(second.Processed);
    }
}
