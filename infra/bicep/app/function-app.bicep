// The production host: an Azure Functions app on the Flex Consumption plan (FC1), .NET 10 isolated worker, with a
// system-assigned managed identity. Every connection is identity-based: no storage key, no instrumentation key and no
// secret value appears in an app setting. App setting names are the contract with the code: they are listed in
// src/Functions/Configuration/AppSettingNames.cs and tests/Infra.Tests checks that both lists are the same.

@description('Name of the function app (also its host name under the cloud\'s App Service domain).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app.')
param tags { *: string }

@description('Storage account of the application data: Table storage (project state, read models) and the evidence blobs.')
param appDataStorageAccountName string

@description('Storage account of the Functions host (AzureWebJobsStorage), the Durable Task hub and the deployment package container.')
param taskHubStorageAccountName string

@description('Blob container in the task-hub account that holds the deployment package.')
param deploymentContainerName string

@description('Name of the Application Insights component that receives telemetry.')
param applicationInsightsName string

@description('Name of the Key Vault that holds the application secrets.')
param keyVaultName string

@description('Name of the Key Vault secret that holds the SendGrid API key.')
param sendGridApiKeySecretName string

@description('Sender address of every email (must be a verified sender in SendGrid).')
param sendGridFromAddress string

@description('Mailbox of the program office (escalations, daily digest).')
param officerEmail string

@description('Base URL of the portal, for links in emails.')
param portalBaseUrl string

@description('Upper bound of instances that Flex Consumption scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Resource ID of the Log Analytics workspace that receives the function app logs and metrics.')
param logAnalyticsWorkspaceId string

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

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd deploys the project whose service name matches this tag (see infra/bicep/README.md).
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Service URIs rather than `__accountName`: the host builds an account-name URI with the public cloud's
      // core.windows.net suffix, while these come from the accounts themselves and are right in Azure China too.
      // Without a `__clientId`, `__credential: managedidentity` means the system-assigned identity.
      appSettings: [
        // Functions host storage (Flex Consumption requires AzureWebJobsStorage): leases, timers, blob-trigger receipts.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: taskHub.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: taskHub.properties.primaryEndpoints.queue
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: taskHub.properties.primaryEndpoints.table
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        // Durable Task hub (Azure Storage provider): host.json's durableTask.storageProvider.connectionName is "TaskHubStorage".
        {
          name: 'TaskHubStorage__blobServiceUri'
          value: taskHub.properties.primaryEndpoints.blob
        }
        {
          name: 'TaskHubStorage__queueServiceUri'
          value: taskHub.properties.primaryEndpoints.queue
        }
        {
          name: 'TaskHubStorage__tableServiceUri'
          value: taskHub.properties.primaryEndpoints.table
        }
        {
          name: 'TaskHubStorage__credential'
          value: 'managedidentity'
        }
        // Application data: the "Storage" configuration section read by the storage adapters, and the connection of the
        // evidence blob trigger (which also needs the queue service for its poison queue).
        {
          name: 'Storage__blobServiceUri'
          value: appData.properties.primaryEndpoints.blob
        }
        {
          name: 'Storage__queueServiceUri'
          value: appData.properties.primaryEndpoints.queue
        }
        {
          name: 'Storage__tableServiceUri'
          value: appData.properties.primaryEndpoints.table
        }
        {
          name: 'Storage__credential'
          value: 'managedidentity'
        }
        // Email: the key stays in Key Vault; the platform resolves the reference with the app's identity.
        {
          name: 'SendGrid__ApiKey'
          value: '@Microsoft.KeyVault(SecretUri=${vault::sendGridApiKeySecret.properties.secretUri})'
        }
        {
          name: 'SendGrid__FromAddress'
          value: sendGridFromAddress
        }
        // Workflow: where escalations go and where email links point.
        {
          name: 'Workflow__OfficerEmail'
          value: officerEmail
        }
        {
          name: 'Workflow__PortalBaseUrl'
          value: portalBaseUrl
        }
        // Telemetry: the component has local auth disabled, so the app authenticates with its identity.
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'Authorization=AAD'
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${taskHub.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments authenticate with Microsoft Entra ID; basic (user name and password) publishing is switched off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource siteDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Object ID of the app\'s system-assigned managed identity.')
output principalId string = site.identity.principalId

@description('Host name of the app in the cloud\'s App Service domain.')
output defaultHostName string = site.properties.defaultHostName
