// Event Grid subscription that delivers BlobCreated events of the `evidence` container to the function app's blob
// extension webhook, which runs the Event Grid-sourced blob trigger ProcessEvidenceBlob. The container and function
// names are literals: they are the contract with the code ([Function("ProcessEvidenceBlob")], a BlobTrigger on
// "evidence/{name}" with Source = EventGrid and Connection = "Storage"), and tests/Infra.Tests checks them.
//
// Deploy it only after the code: the `blobs_extension` system key read below exists only once the Functions host has
// loaded a blob trigger with the Event Grid source, and Event Grid validates the webhook (a handshake with that
// function) when the subscription is created. main.bicep therefore deploys this module only when
// deployEventGridSubscription is true (see infra/bicep/README.md).

@description('Name of the Event Grid system topic of the application-data storage account.')
param systemTopicName string

@description('Name of the function app that hosts ProcessEvidenceBlob.')
param functionAppName string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// The host keys are read at deployment time and go straight into the write-only endpoint URL; they are never output.
resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'evidence-to-ProcessEvidenceBlob'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.ProcessEvidenceBlob&code=${listKeys('${site.id}/host/default', '2024-11-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/evidence/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}
