namespace XjKeji.Functions.Configuration;

/// <summary>
/// The names of the app settings that the production host (Azure Functions on Flex Consumption) and its code read: the
/// contract between the code and <c>infra/bicep/app/function-app.bicep</c>. Every connection is identity-based (the app's
/// system-assigned managed identity). <c>tests/Infra.Tests</c> checks that the compiled Bicep sets exactly <see cref="All"/>.
/// </summary>
/// <remarks>
/// A double underscore is the configuration section separator (<c>Storage__blobServiceUri</c> is <c>Storage:blobServiceUri</c>).
/// Storage connections use service URIs rather than <c>__accountName</c>: the Functions host turns an account name into a
/// public-cloud <c>core.windows.net</c> URI, whereas the URIs come from the accounts and are right in Azure China too.
/// </remarks>
public static class AppSettingNames
{
    /// <summary>Connection (configuration section) names, as used in trigger attributes and host.json; not settings themselves.</summary>
    public static class Connections
    {
        /// <summary>The Functions host's own storage: leases, timers, blob-trigger receipts. Read by the Functions host.</summary>
        public const string Host = "AzureWebJobsStorage";

        /// <summary>
        /// The Durable Task hub's storage account. Read by the Durable Task extension through host.json's
        /// <c>extensions.durableTask.storageProvider.connectionName</c>.
        /// </summary>
        public const string TaskHub = "TaskHubStorage";

        /// <summary>
        /// The application data (tables and evidence blobs). Read by the storage adapters (configuration section
        /// <c>Storage</c>) and by the Functions host as the <c>Connection</c> of the evidence blob trigger.
        /// </summary>
        public const string AppData = "Storage";
    }

    /// <summary>Blob endpoint of the host storage account. Read by the Functions host (Flex Consumption requires host storage).</summary>
    public const string HostStorageBlobServiceUri = "AzureWebJobsStorage__blobServiceUri";

    /// <summary>Queue endpoint of the host storage account. Read by the Functions host.</summary>
    public const string HostStorageQueueServiceUri = "AzureWebJobsStorage__queueServiceUri";

    /// <summary>Table endpoint of the host storage account. Read by the Functions host.</summary>
    public const string HostStorageTableServiceUri = "AzureWebJobsStorage__tableServiceUri";

    /// <summary><c>managedidentity</c>: the host authenticates to its storage with the managed identity. Read by the Functions host.</summary>
    public const string HostStorageCredential = "AzureWebJobsStorage__credential";

    /// <summary>Blob endpoint of the task hub account (large messages, leases). Read by the Durable Task extension.</summary>
    public const string TaskHubStorageBlobServiceUri = "TaskHubStorage__blobServiceUri";

    /// <summary>Queue endpoint of the task hub account (control and work-item queues). Read by the Durable Task extension.</summary>
    public const string TaskHubStorageQueueServiceUri = "TaskHubStorage__queueServiceUri";

    /// <summary>Table endpoint of the task hub account (instances and history). Read by the Durable Task extension.</summary>
    public const string TaskHubStorageTableServiceUri = "TaskHubStorage__tableServiceUri";

    /// <summary><c>managedidentity</c> for the task hub connection. Read by the Durable Task extension.</summary>
    public const string TaskHubStorageCredential = "TaskHubStorage__credential";

    /// <summary>
    /// Blob endpoint of the application-data account. Read by the evidence blob adapter (section <c>Storage</c>) and by the
    /// Functions host for the Event Grid-sourced evidence blob trigger.
    /// </summary>
    public const string StorageBlobServiceUri = "Storage__blobServiceUri";

    /// <summary>Queue endpoint of the application-data account. Read by the Functions host: the blob trigger's poison queue.</summary>
    public const string StorageQueueServiceUri = "Storage__queueServiceUri";

    /// <summary>Table endpoint of the application-data account. Read by the Table storage adapters (section <c>Storage</c>).</summary>
    public const string StorageTableServiceUri = "Storage__tableServiceUri";

    /// <summary><c>managedidentity</c> for the application-data connection. Read by the Functions host and the storage adapters.</summary>
    public const string StorageCredential = "Storage__credential";

    /// <summary>
    /// The SendGrid API key, as a Key Vault reference that the platform resolves with the managed identity. Read by the
    /// SendGrid email sender (section <c>SendGrid</c>).
    /// </summary>
    public const string SendGridApiKey = "SendGrid__ApiKey";

    /// <summary>Sender address of every email. Read by the SendGrid email sender (section <c>SendGrid</c>).</summary>
    public const string SendGridFromAddress = "SendGrid__FromAddress";

    /// <summary>Mailbox of the program office. Read by the workflow (section <c>Workflow</c>) for escalations and the digest.</summary>
    public const string WorkflowOfficerEmail = "Workflow__OfficerEmail";

    /// <summary>Base URL of the portal. Read by the workflow (section <c>Workflow</c>) for links in emails.</summary>
    public const string WorkflowPortalBaseUrl = "Workflow__PortalBaseUrl";

    /// <summary>Application Insights connection string (no secret: ingestion requires Entra ID). Read by the Functions host and worker telemetry.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// <c>Authorization=AAD</c>: send telemetry with the managed identity. Read by the Functions host; telemetry sent by the
    /// worker itself must be given a managed identity credential in code, since the component accepts no key.
    /// </summary>
    public const string ApplicationInsightsAuthenticationString = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>Every app setting above, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        HostStorageBlobServiceUri,
        HostStorageQueueServiceUri,
        HostStorageTableServiceUri,
        HostStorageCredential,
        TaskHubStorageBlobServiceUri,
        TaskHubStorageQueueServiceUri,
        TaskHubStorageTableServiceUri,
        TaskHubStorageCredential,
        StorageBlobServiceUri,
        StorageQueueServiceUri,
        StorageTableServiceUri,
        StorageCredential,
        SendGridApiKey,
        SendGridFromAddress,
        WorkflowOfficerEmail,
        WorkflowPortalBaseUrl,
        ApplicationInsightsConnectionString,
        ApplicationInsightsAuthenticationString,
    ];
}
