using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace XjKeji.LocalHost.Evidence;

/// <summary>
/// The portal (served by this host) PUTs evidence straight to Blob storage, another origin, so the blob service needs a
/// CORS rule for the portal's origins, or the browser's preflight is refused. Set once at start, keeping any other rule.
/// In Azure the same rule is part of the Bicep deployment.
/// </summary>
public sealed class PortalBlobCors(BlobServiceClient blobs, IConfiguration configuration, ILogger<PortalBlobCors> logger) : IHostedService
{
    /// <summary>The origins of this host's URLs (http://127.0.0.1:7071 by default).</summary>
    public static IReadOnlyList<string> Origins(string urls) =>
        [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u).GetLeftPart(UriPartial.Authority))];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var origins = string.Join(',', Origins(configuration["urls"] ?? "http://127.0.0.1:7071"));
        var properties = (await blobs.GetPropertiesAsync(cancellationToken)).Value;
        if (properties.Cors.Any(r => r.AllowedOrigins == origins))
        {
            return;
        }

        properties.Cors.Add(new BlobCorsRule
        {
            AllowedOrigins = origins,
            AllowedMethods = "PUT,GET,HEAD",
            AllowedHeaders = "content-type,x-ms-*",
            ExposedHeaders = "x-ms-*",
            MaxAgeInSeconds = 3600,
        });
        await blobs.SetPropertiesAsync(properties, cancellationToken);
        logger.LogInformation("Blob CORS allows the portal at {Origins}", origins);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
