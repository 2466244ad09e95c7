using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Reporting;
using XjKeji.Infrastructure.Blobs;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Reads the report's read model (<see cref="ReportFactsTable"/>): one partition per program year, in four key ranges read
/// at the same time. The rare project whose facts or file list did not fit one property is read from its own rows instead.
/// </summary>
public sealed class TableReportFactsReader : IReportFactsReader
{
    private readonly ReportFactsTable _table;
    private readonly TableProjectRepository _projects;
    private readonly TableEvidenceRepository _evidence;

    /// <summary>Creates the reader on the host's tables.</summary>
    public TableReportFactsReader(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = new ReportFactsTable(service, names);
        _projects = new TableProjectRepository(service, names);
        _evidence = new TableEvidenceRepository(service, names);
    }

    /// <inheritdoc />
    public async Task<ProgramYearFacts> ReadAsync(int programYear, CancellationToken cancellationToken = default)
    {
        // The year's key ranges are read at the same time: one query's rows are parsed while the store serves another's.
        var parts = await Task.WhenAll(_table.ReadYear(programYear, cancellationToken).Select(query => Task.Run(() => ParseAsync(query), cancellationToken)));
        var projects = parts.SelectMany(p => p.Projects).ToList();
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, list) in parts.SelectMany(p => p.Files))
        {
            files[id] = list;
        }

        var tooLarge = parts.SelectMany(p => p.TooLarge).ToList();
        var tooLong = parts.SelectMany(p => p.TooLong).ToList();
        foreach (var id in tooLarge)
        {
            if ((await _projects.FindAsync(id, cancellationToken))?.Project.ToSnapshot() is { } snapshot && ReportFacts.Concerns(snapshot))
            {
                projects.Add(ReportFacts.Of(snapshot));
            }
        }

        foreach (var id in tooLong)
        {
            files[id] = [.. (await _evidence.ListByProjectAsync(id, cancellationToken)).Where(r => r.Status == EvidenceStatus.Accepted).Select(r => r.BlobName)];
        }

        // The order of the year's project lists (ProjectIndex): by program, then by stored key.
        return new ProgramYearFacts(
            [.. projects.OrderBy(p => p.Program).ThenBy(p => TableKeys.Escape(p.ProjectId), StringComparer.Ordinal)],
            files);
    }

    private static async Task<Part> ParseAsync(AsyncPageable<TableEntity> query)
    {
        var part = new Part([], [], [], []);
        await foreach (var row in query)
        {
            var facts = ReportFactsTable.IsFactsRow(row.RowKey);
            foreach (var (name, value) in row)
            {
                if (!ReportFactsTable.IsEntry(name) || value is not string json)
                {
                    continue;
                }

                if (facts)
                {
                    if (ReportFactsJson.Read(json) is { } read)
                    {
                        part.Projects.Add(read);
                    }
                    else
                    {
                        part.TooLarge.Add(ReportFactsJson.ReadVersion(json).ProjectId);
                    }
                }
                else if (ReportFactsJson.ReadFiles(json) is var (projectId, list))
                {
                    if (list is null)
                    {
                        part.TooLong.Add(projectId);
                    }
                    else
                    {
                        part.Files.Add((projectId, [.. list.OrderBy(f => f.UploadedAt).ThenBy(f => f.BlobName, StringComparer.Ordinal).Select(f => f.BlobName)]));
                    }
                }
            }
        }

        return part;
    }

    // What one key range held.
    private sealed record Part(List<ReportFacts> Projects, List<(string Id, IReadOnlyList<string> Files)> Files, List<string> TooLarge, List<string> TooLong);
}
