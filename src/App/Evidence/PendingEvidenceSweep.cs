using XjKeji.Domain.Evidence;

namespace XjKeji.App.Evidence;

/// <summary>
/// One pass of a host that has no blob trigger (LocalHost): processes the file of every slot still pending. It starts
/// from the pending records, not from a listing of the container, so a pass costs one query plus the files waiting —
/// however many files were processed before. (Listing the container meant one record lookup per blob ever uploaded
/// after every restart; under repeated kill -9 a restarted host never got far enough down the list to reach new
/// uploads.) A file not uploaded yet is left for a later pass, and one that fails does not stop the others.
/// </summary>
public sealed class PendingEvidenceSweep(IEvidenceRepository evidence, EvidenceProcessor processor)
{
    /// <summary>Processes what is pending now; returns what became of each file that was there.</summary>
    public async Task<SweepReport> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var processed = new List<(string BlobName, EvidenceProcessingResult Result)>();
        var failed = new List<(string BlobName, Exception Error)>();
        var notUploaded = 0;
        foreach (var pending in await evidence.ListPendingAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var outcome = await processor.ProcessAsync(pending.BlobName, cancellationToken).ConfigureAwait(false);
                processed.Add((pending.BlobName, outcome.Result));
            }
            catch (FileNotFoundException)
            {
                // The slot was issued but its file has not arrived (or never will); nothing to do yet.
                notUploaded++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed.Add((pending.BlobName, e));
            }
        }

        return new SweepReport(processed, notUploaded, failed);
    }
}

/// <summary>What a pass of <see cref="PendingEvidenceSweep"/> did.</summary>
/// <param name="Processed">Files processed, with the result of each.</param>
/// <param name="NotUploaded">Pending slots whose file is not there yet.</param>
/// <param name="Failed">Files whose processing failed (storage trouble); the next pass tries them again.</param>
public sealed record SweepReport(
    IReadOnlyList<(string BlobName, EvidenceProcessingResult Result)> Processed,
    int NotUploaded,
    IReadOnlyList<(string BlobName, Exception Error)> Failed);
