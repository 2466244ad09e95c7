// The function app identity's data-plane roles, each on the narrowest scope that needs it, and nothing broader:
// no Owner, Contributor or User Access Administrator anywhere. The role definition IDs are literal GUIDs (built-in
// roles have the same IDs in every cloud) so that tests/Infra.Tests can check them in the compiled template.

@description('Object ID of the function app\'s system-assigned managed identity.')
param principalId string

@description('Storage account of the application data (tables, evidence blobs, blob-trigger poison queue).')
param appDataStorageAccountName string

@description('Storage account of the Functions host, the Durable Task hub and the deployment package.')
param taskHubStorageAccountName string

@description('Application Insights component that the app sends telemetry to.')
param applicationInsightsName string

@description('Key Vault that holds the app\'s secrets.')
param keyVaultName string

@description('The one secret the app may read.')
param sendGridApiKeySecretName string

resource appData 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: appDataStorageAccountName
}

resource taskHub 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: taskHubStorageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName

  resource sendGridApiKeySecret 'secrets' existing = {
    name: sendGridApiKeySecretName
  }
}

// Application data: evidence blobs (the blob trigger needs Owner-level data access for its receipts and reads), project
// tables, and the blob trigger's poison queue.
resource appDataBlobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appData.id, principalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: appData
  properties: {
    description: 'Storage Blob Data Owner: evidence blobs and the evidence blob trigger.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource appDataTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appData.id, principalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: appData
  properties: {
    description: 'Storage Table Data Contributor: project state and read models.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource appDataQueueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appData.id, principalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: appData
  properties: {
    description: 'Storage Queue Data Contributor: poison queue of the evidence blob trigger.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Host storage, Durable Task hub (queues, tables, large-message blobs, leases) and the deployment package container.
resource taskHubBlobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(taskHub.id, principalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: taskHub
  properties: {
    description: 'Storage Blob Data Owner: host leases, task hub blobs and the deployment package.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource taskHubTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(taskHub.id, principalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: taskHub
  properties: {
    description: 'Storage Table Data Contributor: task hub instances and history tables.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource taskHubQueueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(taskHub.id, principalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: taskHub
  properties: {
    description: 'Storage Queue Data Contributor: task hub control and work-item queues.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: applicationInsights
  properties: {
    description: 'Monitoring Metrics Publisher: Microsoft Entra ID authenticated telemetry.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '3913510d-42f4-4e42-8a64-420c390055eb'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Scoped to the one secret, not the vault: the app can read the SendGrid key and nothing else.
resource sendGridSecretUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault::sendGridApiKeySecret.id, principalId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault::sendGridApiKeySecret
  properties: {
    description: 'Key Vault Secrets User: the SendGrid API key, through a Key Vault reference app setting.'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
