// Event Grid system topic of the application-data storage account. Flex Consumption has no polling blob trigger: the
// evidence blob trigger uses the Event Grid source, fed by the subscription in evidence-subscription.bicep.

@description('Name of the system topic.')
param name string

@description('Azure region: the same as the storage account\'s.')
param location string

@description('Tags applied to the topic.')
param tags { *: string }

@description('Storage account whose blob events the topic publishes.')
param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}
