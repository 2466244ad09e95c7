namespace XjKeji.Infrastructure;

/// <summary>
/// The storage account every adapter and the durable backend share, resolved once at start-up: the configured
/// <c>Storage:ConnectionString</c>, or the embedded Azurite's when none is configured.
/// </summary>
public sealed record StorageConnection(string ConnectionString)
{
    // Keep the account key out of logs and exception messages that print the record.
    public override string ToString() => "StorageConnection { ConnectionString = *** }";
}
