using System.Globalization;

namespace XjKeji.Infrastructure.Azurite;

/// <summary>Builds connection strings for Azurite's single built-in account.</summary>
public static class AzuriteConnectionString
{
    /// <summary>Azurite's built-in account name.</summary>
    public const string AccountName = "devstoreaccount1";

    // The well-known, publicly documented Azurite/Storage Emulator development key. It is not a secret and only
    // works against a local emulator, so it is fine to have in source.
    private const string WellKnownDevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// A connection string with explicit endpoints, because Azurite runs on free ports rather than 10000-10002
    /// (which <c>UseDevelopmentStorage=true</c> assumes).
    /// </summary>
    public static string For(int blobPort, int queuePort, int tablePort) => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={WellKnownDevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};");
}
