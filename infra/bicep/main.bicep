// XjKeji in Azure: one resource group with the Functions app (Flex Consumption, .NET 10 isolated), its two storage
// accounts, Event Grid for evidence uploads, Key Vault, Application Insights and Log Analytics.
// Identity everywhere: the app's system-assigned managed identity holds narrow data-plane roles; no storage account key,
// instrumentation key or secret value is stored in the app's settings. Deploying: infra/bicep/README.md.
targetScope = 'resourceGroup'

@description('Short name of the environment (dev, test, prod, ...): lowercase letters, digits and hyphens; part of resource names and the azd-env-name tag.')
@minLength(1)
@maxLength(20)
param environmentName string = 'dev'

@description('Azure region of every resource. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('SendGrid API key. Stored only as a Key Vault secret, which the app reads through a Key Vault reference.')
@secure()
param sendGridApiKey string

@description('Sender address of every email; it must be a verified sender (or domain) in SendGrid.')
param sendGridFromAddress string

@description('Mailbox of the program office: escalations and the daily deadline digest go here.')
param officerEmail string

@description('Base URL of the applicant portal and officer console, for links in emails (ends with a slash).')
param portalBaseUrl string

@description('Replication of both storage accounts. Use Standard_ZRS where the region offers it.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Days that deleted evidence blobs and containers are kept (blob soft delete; versioning is on as well).')
@minValue(1)
@maxValue(365)
param evidenceSoftDeleteRetentionDays int = 30

@description('Turn on Microsoft Defender for Storage malware scanning of uploaded evidence. Check that the cloud offers it (see README).')
param enableMalwareScanning bool = true

@description('Upper bound of Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days that logs are kept in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// False on the first deployment: the subscription's webhook needs the `blobs_extension` system key, which exists only
// after the code with the Event Grid blob trigger has been deployed, and Event Grid validates the webhook on creation.
// Deploy the infrastructure, deploy the code, then deploy again with true (infra/bicep/README.md).
@description('Create the Event Grid subscription that delivers evidence uploads to ProcessEvidenceBlob. Only after the code is deployed.')
param deployEventGridSubscription bool = false

@description('Suffix that makes globally unique names unique, stable for a subscription, resource group and environment.')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))

@description('Readable part of the names of resources whose names need not be globally unique.')
var namePrefix = 'xjkeji-${environmentName}'

@description('Tags on every resource.')
var tags = {
  'azd-env-name': environmentName
  application: 'xjkeji'
}

@description('Blob container of the Flex Consumption deployment package, in the task-hub account.')
var deploymentContainerName = 'app-package'

// Names are computed here, not taken from module outputs, so that they are known before the deployment starts: What-If
// can then predict every resource ID. Ordering that no output reference implies is stated with dependsOn.
@description('Storage account of the application data; 3-24 lowercase letters and digits, globally unique.')
var appDataStorageAccountName = 'stxjdata${resourceToken}'

@description('Storage account of the Functions host, the Durable Task hub and the deployment package.')
var taskHubStorageAccountName = 'stxjhub${resourceToken}'

@description('Key Vault name, globally unique, at most 24 characters.')
var keyVaultName = 'kv-xjkeji-${resourceToken}'

@description('Key Vault secret that holds the SendGrid API key.')
var sendGridApiKeySecretName = 'SendGridApiKey'

@description('Application Insights component name.')
var applicationInsightsName = 'appi-${namePrefix}'

@description('Function app name, globally unique (it is the host name).')
var functionAppName = 'func-${namePrefix}-${resourceToken}'

@description('Event Grid system topic of the application-data account.')
var systemTopicName = 'evgt-${namePrefix}'

module monitoring 'core/monitor/monitoring.bicep' = {
  params: {
    logAnalyticsName: 'log-${namePrefix}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

@description('Scheme and host of the portal, without path: the form a CORS rule wants.')
var portalOrigin = '${split(portalBaseUrl, '/')[0]}//${split(portalBaseUrl, '/')[2]}'

// Application data: project state and read models (Table storage) and evidence files (Blob storage), protected against
// accidental deletion and overwrites, and scanned for malware on upload.
module appDataStorage 'core/storage/storage-account.bicep' = {
  params: {
    name: appDataStorageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    // Evidence files; the blob trigger and the Event Grid subscription (app/evidence-subscription.bicep) use this name.
    containerNames: [
      'evidence'
    ]
    protectData: true
    softDeleteRetentionDays: evidenceSoftDeleteRetentionDays
    enableMalwareScanning: enableMalwareScanning
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    // The portal PUTs evidence to Blob storage from the browser.
    corsAllowedOrigins: [
      portalOrigin
    ]
  }
}

// Functions host storage, Durable Task hub and deployment package: high-churn, reproducible data, kept apart from the
// application data so that its traffic, retention and access can be managed on their own.
module taskHubStorage 'core/storage/storage-account.bicep' = {
  params: {
    name: taskHubStorageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    containerNames: [
      deploymentContainerName
    ]
    protectData: false
    softDeleteRetentionDays: 7
    enableMalwareScanning: false
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  params: {
    name: keyVaultName
    location: location
    tags: tags
    sendGridApiKeySecretName: sendGridApiKeySecretName
    sendGridApiKey: sendGridApiKey
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module functionApp 'app/function-app.bicep' = {
  dependsOn: [
    appDataStorage
    taskHubStorage
    keyVault
  ]
  params: {
    name: functionAppName
    planName: 'plan-${namePrefix}'
    location: location
    tags: tags
    appDataStorageAccountName: appDataStorageAccountName
    taskHubStorageAccountName: taskHubStorageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    keyVaultName: keyVaultName
    sendGridApiKeySecretName: sendGridApiKeySecretName
    sendGridFromAddress: sendGridFromAddress
    officerEmail: officerEmail
    portalBaseUrl: portalBaseUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module functionAppRoles 'app/function-app-roles.bicep' = {
  params: {
    // The identity's object ID exists only once the app does. It is part of each role assignment's name (a GUID), so a
    // re-created app (new identity) gets new assignments instead of failing on an immutable principal ID; What-If
    // cannot predict those names, which is the accepted cost.
    #disable-next-line what-if-short-circuiting
    principalId: functionApp.outputs.principalId
    appDataStorageAccountName: appDataStorageAccountName
    taskHubStorageAccountName: taskHubStorageAccountName
    applicationInsightsName: applicationInsightsName
    keyVaultName: keyVaultName
    sendGridApiKeySecretName: sendGridApiKeySecretName
  }
}

module evidenceEvents 'app/evidence-events.bicep' = {
  dependsOn: [
    appDataStorage
  ]
  params: {
    name: systemTopicName
    location: location
    tags: tags
    storageAccountName: appDataStorageAccountName
  }
}

module evidenceSubscription 'app/evidence-subscription.bicep' = if (deployEventGridSubscription) {
  dependsOn: [
    evidenceEvents
    functionApp
  ]
  params: {
    systemTopicName: systemTopicName
    functionAppName: functionAppName
  }
}

@description('Base URL of the function app (https and its host name in the cloud\'s App Service domain).')
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Name of the function app (the target of code deployments).')
output functionAppName string = functionApp.outputs.name

@description('Name of the application-data storage account (tables and evidence blobs).')
output appDataStorageAccountName string = appDataStorage.outputs.name

@description('Name of the storage account of the Functions host, the Durable Task hub and the deployment package.')
output taskHubStorageAccountName string = taskHubStorage.outputs.name

@description('Name of the Key Vault that holds the SendGrid API key.')
output keyVaultName string = keyVault.outputs.name
