namespace XjKeji.Functions.Configuration;

/// <summary>
/// Every configuration key the worker's own code reads (<see cref="FunctionsHostServices"/> and the adapters it adds), in
/// one place so tests can hold it against <see cref="AppSettingNames"/> without parsing source. Keys use the
/// <c>:</c> separator; in app settings they appear with <c>__</c>. A key naming a section covers every key under it.
/// </summary>
/// <remarks>
/// The Functions host's own keys (host storage, task hub, telemetry) are not here: host.json and the platform read them.
/// A test records every key the wiring actually reads and fails on any that is missing here.
/// </remarks>
public static class FunctionsConfigurationKeys
{
    /// <summary>Section <c>Workflow</c> (<c>WorkflowOptions</c>).</summary>
    public const string Workflow = "Workflow";

    /// <summary>Portal address used in every email link; its default is a loopback URL, so Azure must set it.</summary>
    public const string WorkflowPortalBaseUrl = "Workflow:PortalBaseUrl";

    /// <summary>Officers' mailbox for escalations and the digest; its default is a placeholder, so Azure must set it.</summary>
    public const string WorkflowOfficerEmail = "Workflow:OfficerEmail";

    /// <summary>Section <c>Workflow:Clock</c> (<c>ClockOptions</c>): scaled business time for demos; real time by default.</summary>
    public const string WorkflowClock = "Workflow:Clock";

    /// <summary>Section <c>Api</c> (<c>ApiLimits</c>): body size and Retry-After; defaults suit production.</summary>
    public const string Api = "Api";

    /// <summary>Evidence limits per kind and required files per stage (<c>EvidenceConfiguration</c>).</summary>
    public const string Evidence = "Evidence";

    /// <summary><c>Outbox</c> or <c>SendGrid</c>; this host defaults it to SendGrid (see <see cref="FunctionsHostServices"/>).</summary>
    public const string EmailMode = "Email:Mode";

    /// <summary>Section <c>SendGrid</c> (API key, sender): read because this host sends through SendGrid.</summary>
    public const string SendGrid = "SendGrid";

    /// <summary>Table endpoint of the application data; with the managed identity it is how Azure reaches storage.</summary>
    public const string StorageTableServiceUri = "Storage:tableServiceUri";

    /// <summary>Blob endpoint of the application data (evidence files), reached with the managed identity.</summary>
    public const string StorageBlobServiceUri = "Storage:blobServiceUri";

    /// <summary>A connection string instead of the endpoint: local runs against Azurite only.</summary>
    public const string StorageConnectionString = "Storage:ConnectionString";

    /// <summary>Client id of a user-assigned identity; absent means the system-assigned identity (what Azure uses).</summary>
    public const string StorageClientId = "Storage:clientId";

    /// <summary>Table name prefix, for side-by-side test runs; empty by default.</summary>
    public const string StorageTablePrefix = "Storage:TablePrefix";

    /// <summary>Keys whose defaults are wrong or missing in Azure: each must be an app setting of the function app.</summary>
    public static IReadOnlyList<string> SetInAzure { get; } =
        [StorageTableServiceUri, StorageBlobServiceUri, SendGrid, WorkflowPortalBaseUrl, WorkflowOfficerEmail];

    /// <summary>Keys read with a default that is right in Azure, or meant for local runs only.</summary>
    public static IReadOnlyList<string> Optional { get; } =
        [Workflow, WorkflowClock, Api, Evidence, EmailMode, StorageConnectionString, StorageClientId, StorageTablePrefix];

    /// <summary>Every key above.</summary>
    public static IReadOnlyList<string> All { get; } = [.. SetInAzure, .. Optional];
}
