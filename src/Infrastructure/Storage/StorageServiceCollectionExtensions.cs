using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using XjKeji.App.Http;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Evidence;
using XjKeji.Infrastructure.Blobs;
using XjKeji.Infrastructure.Email;

namespace XjKeji.Infrastructure.Storage;

/// <summary>Registers the Table storage adapters and the email sender.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapters. The account comes from a registered <see cref="StorageConnection"/> (LocalHost), else
    /// <c>Storage:ConnectionString</c>, else (Azure) <c>Storage:tableServiceUri</c> with the app's managed identity — no
    /// keys. Service URIs come from the deployment, so Azure China endpoints need no code change.
    /// <c>Email:Mode</c> chooses <c>Outbox</c> (default) or <c>SendGrid</c>.
    /// </summary>
    public static IServiceCollection AddXjKejiStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new TableNames(configuration["Storage:TablePrefix"] ?? string.Empty));
        services.AddSingleton(sp => CreateTableService(sp.GetService<StorageConnection>(), configuration));
        services.AddHostedService<TableStorageInitializer>();
        services.AddSingleton<IProjectRepository, TableProjectRepository>();
        services.AddSingleton<ICallRepository, TableCallRepository>();
        services.AddSingleton<ICreditEventLog, TableCreditEventLog>();
        services.AddSingleton<IExpertRepository, TableExpertRepository>();
        services.AddSingleton<IReviewRepository, TableReviewRepository>();
        services.AddSingleton<IMisconductRegistry, TableMisconductRegistry>();
        services.AddSingleton<IReportDataRepository, TableReportDataRepository>();
        services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        services.AddSingleton<IStorageFailureClassifier, AzureStorageFailureClassifier>();
        services.AddSingleton(sp => CreateBlobService(sp.GetService<StorageConnection>(), configuration));
        services.AddSingleton(sp => new BlobEvidenceStore(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEvidenceBlobStore>(sp => sp.GetRequiredService<BlobEvidenceStore>());
        services.AddSingleton<IEvidenceRepository>(sp => new TableEvidenceRepository(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TableNames>()));
        services.AddSingleton<IReportFactsReader, TableReportFactsReader>();
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<IEmailLog>(sp => sp.GetRequiredService<TableOutbox>());
        if (string.Equals(configuration["Email:Mode"], "SendGrid", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(configuration.GetSection("SendGrid").Get<SendGridOptions>() ?? throw new InvalidOperationException("Email:Mode is SendGrid but the SendGrid section is missing."));
            services.AddSingleton<IEmailSender, SendGridEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<TableOutbox>());
        }

        return services;
    }

    private static BlobServiceClient CreateBlobService(StorageConnection? connection, IConfiguration configuration)
    {
        var connectionString = connection?.ConnectionString ?? configuration["Storage:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString);
        }

        var blobUri = configuration["Storage:blobServiceUri"]
            ?? throw new InvalidOperationException("Storage is not configured: set Storage:ConnectionString (local) or Storage:blobServiceUri (Azure, managed identity).");
        var clientId = configuration["Storage:clientId"];
        return new BlobServiceClient(new Uri(blobUri), string.IsNullOrWhiteSpace(clientId) ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));
    }

    private static TableServiceClient CreateTableService(StorageConnection? connection, IConfiguration configuration)
    {
        var connectionString = connection?.ConnectionString ?? configuration["Storage:ConnectionString"];
        // Either way the report's read model reads its query pages as JSON (TableQueryPageCapture).
        var options = TableQueryPageCapture.AddTo(new TableClientOptions());
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new TableServiceClient(connectionString, options);
        }

        var tableUri = configuration["Storage:tableServiceUri"];
        if (string.IsNullOrWhiteSpace(tableUri))
        {
            throw new InvalidOperationException("Storage is not configured: set Storage:ConnectionString (local) or Storage:tableServiceUri (Azure, managed identity).");
        }

        var clientId = configuration["Storage:clientId"];
        return new TableServiceClient(
            new Uri(tableUri),
            string.IsNullOrWhiteSpace(clientId) ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)),
            options);
    }
}
