using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Integration.Tests.Fixtures;

namespace XjKeji.Integration.Tests.Evidence;

[Collection(AzuriteCollection.Name)]
public sealed class EvidenceFlowTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%âãÏÓ\n"u8, .. Encoding.UTF8.GetBytes("1 0 obj << /Title (验收报告) >> endobj\n%%EOF\n")];

    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PutAsync(Uri uri, byte[] content)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = body };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        return await _http.SendAsync(request);
    }

    private async Task<(EvidenceTestContext Ctx, UploadSlot Slot)> UploadAsync(string projectId, string institution, EvidenceKind kind, byte[] content, string fileName = "验收报告.pdf", EvidenceTestContext? ctx = null)
    {
        ctx ??= await EvidenceTestContext.CreateAsync(azurite);
        var applicant = await ctx.Projects.FindAsync(projectId) is null ? await ctx.CreateProjectAsync(projectId, institution) : new(Domain.Projects.Role.Applicant, "pi", "张伟", institution);
        var slot = await ctx.Upload.RequestSlotAsync(new UploadSlotRequest(projectId, kind, fileName, content.Length), applicant);
        using var put = await PutAsync(slot.UploadUri, content);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        return (ctx, slot);
    }

    [Fact]
    public async Task Upload_through_the_sas_then_processing_records_the_right_hash_once()
    {
        var (ctx, slot) = await UploadAsync("P-EV-1", "inst-a", EvidenceKind.AcceptanceReport, Pdf);
        using var _ = ctx;
        Assert.StartsWith("P-EV-1/Draft/", slot.BlobName, StringComparison.Ordinal);
        Assert.EndsWith("/验收报告.pdf", slot.BlobName, StringComparison.Ordinal);

        var first = await ctx.Processor.ProcessAsync(slot.BlobName);
        Assert.Equal(EvidenceProcessingResult.Accepted, first.Result);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), first.Record!.Sha256);
        Assert.Equal(Pdf.Length, first.Record.SizeBytes);
        Assert.Equal(DetectedFileType.Pdf, first.Record.DetectedType);
        Assert.Equal("pi-inst-a", first.Record.UploaderId);
        Assert.False(first.Record.DuplicateAcrossInstitutions);

        var second = await ctx.Processor.ProcessAsync(slot.BlobName);
        Assert.Equal(EvidenceProcessingResult.AlreadyProcessed, second.Result);
        Assert.Equal(first.Record.ProcessedAt, second.Record!.ProcessedAt);
        var stored = Assert.Single(await ctx.Evidence.ListByProjectAsync("P-EV-1"));
        Assert.Equal(EvidenceStatus.Accepted, stored.Status);
        Assert.Single(await ctx.Evidence.FindByHashAsync(first.Record.Sha256!));
    }

    [Fact]
    public async Task The_write_sas_cannot_read_overwrite_or_outlive_its_expiry()
    {
        var (ctx, slot) = await UploadAsync("P-EV-2", "inst-a", EvidenceKind.AcceptanceReport, Pdf);
        using var _ = ctx;

        using var read = await _http.GetAsync(slot.UploadUri);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);

        // Create-only: once the file exists, the same link cannot swap it for another.
        using var overwrite = await PutAsync(slot.UploadUri, [0x4D, 0x5A, 0x90, 0x00]);
        output.WriteLine($"overwrite with the create-only link: {(int)overwrite.StatusCode}");
        Assert.False(overwrite.IsSuccessStatusCode);

        var expired = await ctx.Blobs.CreateUploadUriAsync("P-EV-2/Draft/" + Guid.NewGuid().ToString("N") + "/late.pdf", DateTimeOffset.UtcNow.AddMinutes(-1));
        using var late = await PutAsync(expired, Pdf);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);

        // The officer's read link works, and only for reading.
        var readUri = await ctx.Blobs.CreateReadUriAsync(slot.BlobName, DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(Pdf, await _http.GetByteArrayAsync(readUri));
        using var writeWithRead = await PutAsync(readUri, Pdf);
        Assert.Equal(HttpStatusCode.Forbidden, writeWithRead.StatusCode);
    }

    [Fact]
    public async Task The_same_file_from_another_institution_is_flagged_but_not_from_the_same_one()
    {
        var (ctx, a) = await UploadAsync("P-EV-3A", "inst-a", EvidenceKind.AchievementProof, Pdf);
        using var _ = ctx;
        var first = await ctx.Processor.ProcessAsync(a.BlobName);
        Assert.Empty(first.Record!.DuplicateOf);

        var (_, sameInstitution) = await UploadAsync("P-EV-3A2", "inst-a", EvidenceKind.AchievementProof, Pdf, ctx: ctx);
        var within = await ctx.Processor.ProcessAsync(sameInstitution.BlobName);
        Assert.Equal([a.BlobName], within.Record!.DuplicateOf);
        Assert.False(within.Record.DuplicateAcrossInstitutions);

        var (_, b) = await UploadAsync("P-EV-3B", "inst-b", EvidenceKind.AchievementProof, Pdf, "成果.pdf", ctx);
        var across = await ctx.Processor.ProcessAsync(b.BlobName);
        Assert.Equal(EvidenceProcessingResult.Accepted, across.Result);
        Assert.True(across.Record!.DuplicateAcrossInstitutions);
        Assert.Equal(new[] { a.BlobName, sameInstitution.BlobName }.Order(StringComparer.Ordinal), across.Record.DuplicateOf.Order(StringComparer.Ordinal));
        Assert.True((await ctx.Evidence.FindAsync("P-EV-3B", b.BlobName))!.DuplicateAcrossInstitutions);
    }

    [Fact]
    public async Task A_pe_file_uploaded_as_a_pdf_report_is_rejected_with_a_reason_and_not_indexed()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. new byte[256]];
        var (ctx, slot) = await UploadAsync("P-EV-4", "inst-a", EvidenceKind.AcceptanceReport, exe, "验收报告.pdf");
        using var _ = ctx;
        var outcome = await ctx.Processor.ProcessAsync(slot.BlobName);
        Assert.Equal(EvidenceProcessingResult.Rejected, outcome.Result);
        Assert.Equal(DetectedFileType.Executable, outcome.Record!.DetectedType);
        Assert.Contains("可执行程序", outcome.Reason!.Zh, StringComparison.Ordinal);
        Assert.Equal(EvidenceStatus.Rejected, (await ctx.Evidence.FindAsync("P-EV-4", slot.BlobName))!.Status);
        Assert.Empty(await ctx.Evidence.FindByHashAsync(outcome.Record.Sha256!));
    }

    [Fact]
    public async Task A_blob_without_an_issued_slot_is_ignored()
    {
        using var ctx = await EvidenceTestContext.CreateAsync(azurite);
        var name = $"P-EV-5/Draft/{Guid.NewGuid():N}/x.pdf";
        await ctx.Container.UploadBlobAsync(name, BinaryData.FromBytes(Pdf));
        Assert.Equal(EvidenceProcessingResult.Ignored, (await ctx.Processor.ProcessAsync(name)).Result);
        Assert.Equal(EvidenceProcessingResult.Ignored, (await ctx.Processor.ProcessAsync("not/an/evidence-name")).Result);
    }

    [Fact]
    public async Task Manifest_lists_every_file_with_its_hash_in_json_and_bom_csv()
    {
        var (ctx, report) = await UploadAsync("P-EV-6", "inst-a", EvidenceKind.AcceptanceReport, Pdf);
        using var _ = ctx;
        byte[] csv = [.. "姓名,日期\n张伟,2018-03-15\n"u8];
        var (_, training) = await UploadAsync("P-EV-6", "inst-a", EvidenceKind.TrainingRecord, csv, "培训,签到.csv", ctx);
        await ctx.Processor.ProcessAsync(report.BlobName);
        await ctx.Processor.ProcessAsync(training.BlobName);
        var records = await ctx.Evidence.ListByProjectAsync("P-EV-6");

        using var json = JsonDocument.Parse(EvidenceManifest.ToJson("P-EV-6", records));
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(
            new[] { Convert.ToHexStringLower(SHA256.HashData(Pdf)), Convert.ToHexStringLower(SHA256.HashData(csv)) }.Order(StringComparer.Ordinal),
            files.Select(f => f.GetProperty("sha256").GetString()!).Order(StringComparer.Ordinal));

        var bytes = EvidenceManifest.ToCsvBytes(records);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("验收报告.pdf,验收报告,申报（草稿）," + Convert.ToHexStringLower(SHA256.HashData(Pdf)), StringComparison.Ordinal));
        // The record keeps the applicant's own file name; its comma is quoted as CSV requires.
        Assert.Contains(lines, l => l.StartsWith("\"培训,签到.csv\",培训记录", StringComparison.Ordinal));
        output.WriteLine(text);
    }

    [Fact]
    public async Task A_large_blob_is_processed_streaming_with_bounded_memory()
    {
        // 32 MiB keeps the test under 20 s on two cores (uploading 200 MiB to Azurite alone takes ~16 s);
        // set XJ_EVIDENCE_LARGE_MIB=200 to measure the full size.
        var size = (long.TryParse(Environment.GetEnvironmentVariable("XJ_EVIDENCE_LARGE_MIB"), out var mib) ? mib : 32) * 1024 * 1024;
        var rules = EvidenceRules.Default.With(EvidenceKind.Other, new EvidenceRule(new HashSet<DetectedFileType> { DetectedFileType.Pdf }, size));
        using var ctx = await EvidenceTestContext.CreateAsync(azurite, rules);
        var applicant = await ctx.CreateProjectAsync("P-EV-7", "inst-a");
        var slot = await ctx.Upload.RequestSlotAsync(new UploadSlotRequest("P-EV-7", EvidenceKind.Other, "big.pdf", size), applicant);
        var upload = Stopwatch.StartNew();
        await using (var content = new GeneratedContentStream(size, Pdf))
        {
            await ctx.Container.GetBlobClient(slot.BlobName).UploadAsync(content);
        }

        upload.Stop();
        string expected;
        await using (var again = new GeneratedContentStream(size, Pdf))
        {
            expected = Convert.ToHexStringLower(await SHA256.HashDataAsync(again));
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var outcome = await ctx.Processor.ProcessAsync(slot.BlobName);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var mbPerSecond = size / 1024d / 1024d / clock.Elapsed.TotalSeconds;
        output.WriteLine($"upload {size / 1024 / 1024} MiB in {upload.Elapsed.TotalSeconds:0.0} s; processing {clock.Elapsed.TotalSeconds:0.0} s = {mbPerSecond:0} MiB/s; allocated {allocated / 1024d / 1024d:0.0} MiB");
        Assert.Equal(EvidenceProcessingResult.Accepted, outcome.Result);
        Assert.Equal(expected, outcome.Record!.Sha256);
        Assert.Equal(size, outcome.Record.SizeBytes);
        // All bytes allocated during processing, not just the peak: far below the file size proves it was never buffered whole.
        Assert.True(allocated < Math.Min(64L * 1024 * 1024, size / 2), $"allocated {allocated} bytes");
    }
}
