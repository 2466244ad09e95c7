using Azure.Data.Tables;
using XjKeji.Domain.Projects;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Loads the year-end report's read model in bulk, a bucket row per request, in the layout the storage adapters keep
/// it in entry by entry (<see cref="TableReportFactsReader"/> reads both the same way). For seeding a large year (the
/// report benchmark) or rebuilding the model while nothing else writes it.
/// </summary>
public sealed class ReportFactsBulkLoader
{
    private readonly ReportFactsTable _table;

    /// <summary>Creates the loader on the host's tables.</summary>
    public ReportFactsBulkLoader(TableServiceClient service, TableNames names) => _table = new ReportFactsTable(service, names);

    /// <summary>
    /// Writes each project's facts (those that can count in a report) and its accepted files, oldest upload first;
    /// <paramref name="concurrency"/> rows at a time.
    /// </summary>
    public Task LoadAsync(IEnumerable<(ProjectSnapshot Snapshot, IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)> AcceptedFiles)> projects, int concurrency, CancellationToken cancellationToken = default) =>
        _table.BulkWriteAsync(projects, concurrency, cancellationToken);
}
