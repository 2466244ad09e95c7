using System.Text;
using Moq;
using XjKeji.App.Evidence;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Tests;

namespace XjKeji.App.Tests.Evidence;

/// <summary>
/// The LocalHost watcher's pass starts from the pending slots: it never looks at files processed before (listing the
/// container made a restarted host read a record per blob ever uploaded first, and under repeated kill -9 in the
/// 200-lifecycle fault run two uploads were never reached), skips a file not uploaded yet, and goes on past a failure.
/// </summary>
public class PendingEvidenceSweepTests
{
    private readonly Mock<IEvidenceRepository> _evidence = new(MockBehavior.Strict);
    private readonly Mock<IEvidenceBlobStore> _blobs = new(MockBehavior.Strict);

    [Fact]
    public async Task Pass_processes_only_pending_uploads_and_survives_missing_and_failing_files()
    {
        var uploaded = Pending("验收报告.pdf");
        var notUploaded = Pending("财务审计报告.pdf");
        var failing = Pending("任务书.pdf");
        _evidence.Setup(e => e.ListPendingAsync(It.IsAny<CancellationToken>())).ReturnsAsync([failing, notUploaded, uploaded]);
        foreach (var r in new[] { uploaded, notUploaded, failing })
        {
            _evidence.Setup(e => e.FindAsync(r.ProjectId, r.BlobName, It.IsAny<CancellationToken>())).ReturnsAsync(r);
        }

        _blobs.Setup(b => b.OpenReadAsync(uploaded.BlobName, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000) + "\n%%EOF")));
        _blobs.Setup(b => b.OpenReadAsync(notUploaded.BlobName, It.IsAny<CancellationToken>())).ThrowsAsync(new FileNotFoundException("not there", notUploaded.BlobName));
        _blobs.Setup(b => b.OpenReadAsync(failing.BlobName, It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("connection reset"));
        _evidence.Setup(e => e.FindByHashAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _evidence.Setup(e => e.RecordAsync(It.Is<EvidenceRecord>(r => r.BlobName == uploaded.BlobName && r.Status == EvidenceStatus.Accepted), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var sweep = new PendingEvidenceSweep(_evidence.Object, new EvidenceProcessor(_evidence.Object, _blobs.Object, EvidenceRules.Default, TimeProvider.System));
        var report = await sweep.RunOnceAsync();

        Assert.Equal([(uploaded.BlobName, EvidenceProcessingResult.Accepted)], report.Processed);
        Assert.Equal(1, report.NotUploaded);
        Assert.Equal(failing.BlobName, Assert.Single(report.Failed).BlobName);
        _evidence.Verify(e => e.RecordAsync(It.IsAny<EvidenceRecord>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static EvidenceRecord Pending(string fileName)
    {
        var name = new EvidenceBlobName("P2019-0000ABCD", ProjectStage.AcceptanceDue, Guid.NewGuid(), EvidenceBlobName.SafeFileName(fileName));
        return new EvidenceRecord("P2019-0000ABCD", name.ToString(), fileName, EvidenceKind.AcceptanceReport, ProjectStage.AcceptanceDue, Samples.InstitutionId, "pi-1", "张伟", Samples.InCallWindow);
    }
}
