using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using XjKeji.App.Evidence;
using XjKeji.Functions.Configuration;

namespace XjKeji.Functions.Evidence;

/// <summary>
/// Processes each uploaded evidence file. Flex Consumption supports only the Event Grid source for blob triggers; the
/// subscription is in infra/bicep (app/evidence-subscription.bicep) and names this function. The processor reads the
/// blob itself, streaming, so only the client (the name) is bound here.
/// </summary>
public sealed class ProcessEvidenceBlobFunction(EvidenceProcessor processor)
{
    /// <summary>One uploaded blob; processing is idempotent, so a redelivered event records nothing twice.</summary>
    [Function(nameof(ProcessEvidenceBlob))]
    public async Task ProcessEvidenceBlob(
        [BlobTrigger("evidence/{name}", Source = BlobTriggerSource.EventGrid, Connection = AppSettingNames.Connections.AppData)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await processor.ProcessAsync(blob.Name, cancellationToken);
    }
}
