using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using XjKeji.App.Http.Handlers;
using XjKeji.Domain.Evidence;

namespace XjKeji.Integration.Tests.Http;

/// <summary>
/// Evidence end to end on LocalHost: a slot over the API, the file PUT straight to Blob storage with the SAS, the
/// host's watcher processing it, then the list, the manifests and the officer's read link.
/// </summary>
public class EvidenceOverHttpTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    [Fact]
    public async Task Uploaded_pdf_is_processed_hashed_listed_and_downloadable_and_a_renamed_exe_is_rejected()
    {
        var s = host.Scenario;
        using var applicant = s.Applicant();
        using var officer = s.Officer();
        var id = await s.SubmitApplicationAsync(applicant, "evidence-1");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 4000) + "\n%%EOF");
        var exe = Encoding.ASCII.GetBytes("MZ" + new string('\0', 500));

        var pdfBlob = await EvidenceUploads.UploadAsync(applicant, id, EvidenceKind.MidTermReport, "中期报告（定稿）.pdf", pdf);
        var exeBlob = await EvidenceUploads.UploadAsync(applicant, id, EvidenceKind.MidTermReport, "经费报告.pdf", exe);

        var listed = await HttpLifecycleTests.Poll(() => applicant.GetAsync($"api/projects/{id}/evidence"),
            r => r.Status == HttpStatusCode.OK && r.Json.EnumerateArray().Count(e => e.GetProperty("status").GetString() != "Pending") == 2, "both files processed", 60);
        var records = listed.Json.EnumerateArray().ToDictionary(e => e.GetProperty("blobName").GetString()!);
        Assert.Equal("Accepted", records[pdfBlob].GetProperty("status").GetString());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant(), records[pdfBlob].GetProperty("sha256").GetString()!.ToLowerInvariant());
        Assert.Equal("Rejected", records[exeBlob].GetProperty("status").GetString());

        var csv = await officer.GetAsync($"api/projects/{id}/evidence-manifest?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv", csv.MediaType);
        Assert.True(csv.Body.Contains("中期报告（定稿）.pdf", StringComparison.Ordinal), csv.Body);
        Assert.Contains(records[pdfBlob].GetProperty("sha256").GetString()!, csv.Body, StringComparison.OrdinalIgnoreCase);

        var link = (await officer.GetAsync($"api/officer/projects/{id}/evidence-download?blob={Uri.EscapeDataString(pdfBlob)}")).Ensure(HttpStatusCode.OK);
        var downloaded = await EvidenceUploads.Blob.GetByteArrayAsync(link.Json.GetProperty("url").GetString());
        Assert.Equal(pdf, downloaded);
        (await applicant.GetAsync($"api/officer/projects/{id}/evidence-download?blob={Uri.EscapeDataString(pdfBlob)}")).Ensure(HttpStatusCode.Forbidden);
    }
}
