using System.Net;
using System.Text;
using XjKeji.App.Http.Handlers;
using XjKeji.Domain.Evidence;

namespace XjKeji.Integration.Tests.Http;

/// <summary>Uploads evidence the way the portal does: a slot from the API, then a PUT straight to Blob storage.</summary>
internal static class EvidenceUploads
{
    /// <summary>A client for the SAS URLs (Blob storage, not the API).</summary>
    public static HttpClient Blob { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Asks for a slot and PUTs <paramref name="content"/> to it; returns the blob name.</summary>
    public static async Task<string> UploadAsync(ApiClient applicant, string projectId, EvidenceKind kind, string fileName, byte[] content)
    {
        var slot = (await applicant.PostAsync($"api/applicant/projects/{projectId}/evidence-slots", new EvidenceSlotRequest(kind, fileName, content.Length))).Ensure(HttpStatusCode.Created);
        using var put = new HttpRequestMessage(HttpMethod.Put, slot.Json.GetProperty("uploadUri").GetString()) { Content = new ByteArrayContent(content) };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var response = await Blob.SendAsync(put);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return slot.Json.GetProperty("blobName").GetString()!;
    }

    /// <summary>Uploads a small distinct PDF and polls until the host's processing accepted it; returns the blob name.</summary>
    public static async Task<string> UploadAcceptedAsync(ApiClient applicant, string projectId, EvidenceKind kind, string fileName)
    {
        var pdf = Encoding.UTF8.GetBytes($"%PDF-1.7\n% {projectId} {kind} {Guid.NewGuid():N}\n{new string('x', 2000)}\n%%EOF");
        var blob = await UploadAsync(applicant, projectId, kind, fileName, pdf);
        await HttpLifecycleTests.Poll(() => applicant.GetAsync($"api/projects/{projectId}/evidence"),
            r => r.Status == HttpStatusCode.OK && r.Json.EnumerateArray().Any(e => e.GetProperty("blobName").GetString() == blob && e.GetProperty("status").GetString() == "Accepted"),
            $"{fileName} accepted", 60);
        return blob;
    }
}
