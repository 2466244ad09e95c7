using System.Text;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Evidence;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Reporting;
using XjKeji.Infrastructure.Blobs;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Reads the report's read model (<see cref="ReportFactsTable"/>): one partition per program year, the facts rows in two
/// key ranges read at the same time, then the file rows likewise, keeping only the files of the projects kept. The rare
/// project whose facts or file list did not fit one property is read from its own rows instead. With the hosts' clients
/// the pages are parsed from their JSON as it streams in (<see cref="TableQueryPageCapture"/>).
/// </summary>
public sealed class TableReportFactsReader : IReportFactsReader
{
    // Pages fetched or parsed at once, over every read of this reader. Azurite serves one request at a time and a page
    // is parsed on another core, so three keep both busy (two left Azurite idle a third of the time, four were no
    // faster); each page is ReportFactsTable's page of bucket rows, a few MiB of response, read through a 64 KiB window
    // when the client has TableQueryPageCapture (whole, as entities, when it has not).
    private const int PagesInFlight = 3;

    private readonly ReportFactsTable _table;
    private readonly TableProjectRepository _projects;
    private readonly TableEvidenceRepository _evidence;
    private readonly SemaphoreSlim _pagesInFlight = new(PagesInFlight);

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
    public async Task<ProgramYearFacts> ReadAsync(int programYear, int? countedIn = null, CancellationToken cancellationToken = default)
    {
        bool Keep(ReportFacts facts) => countedIn is not { } year || facts.CountsIn(year);
        if (countedIn is { } later && later > programYear && await _table.PaidOffBeforeAsync(programYear, later, cancellationToken))
        {
            // Every facts row says its projects were paid off before the report's year: nothing of this year counts.
            return Nothing();
        }

        // The key ranges of the facts rows are read at the same time: one query's rows are parsed while the store serves
        // the other's. Facts the report does not count are dropped as they are parsed.
        var factsParts = await ReadRangesAsync(_table.ReadYear(programYear, facts: true, cancellationToken),
            (entry, part) => ParseFacts(entry, part, Keep), cancellationToken);
        var projects = factsParts.SelectMany(p => p.Projects).ToList();
        foreach (var id in factsParts.SelectMany(p => p.TooLarge))
        {
            if ((await _projects.FindAsync(id, cancellationToken))?.Project.ToSnapshot() is { } snapshot && ReportFacts.Concerns(snapshot)
                && ReportFacts.Of(snapshot) is var facts && Keep(facts))
            {
                projects.Add(facts);
            }
        }

        var kept = projects.Select(p => p.ProjectId).ToHashSet(StringComparer.Ordinal);
        if (kept.Count == 0)
        {
            // A year that keeps nothing (its rows unmarked, or written before the marks) needs no file rows either.
            return Nothing();
        }

        var filesParts = await ReadRangesAsync(_table.ReadYear(programYear, facts: false, cancellationToken),
            (entry, part) => ParseFiles(entry, part, kept), cancellationToken);
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, list) in filesParts.SelectMany(p => p.Files))
        {
            files[id] = list;
        }

        foreach (var id in filesParts.SelectMany(p => p.TooLong))
        {
            files[id] = [.. (await _evidence.ListByProjectAsync(id, cancellationToken)).Where(r => r.Status == EvidenceStatus.Accepted).Select(r => r.BlobName)];
        }

        // The order of the year's project lists (ProjectIndex): by program, then by stored key.
        return new ProgramYearFacts(
            [.. projects.OrderBy(p => p.Program).ThenBy(p => TableKeys.Escape(p.ProjectId), StringComparer.Ordinal)],
            files);
    }

    private static ProgramYearFacts Nothing() => new([], new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    private Task<Part[]> ReadRangesAsync(IEnumerable<AsyncPageable<TableEntity>> ranges, EntryParser parse, CancellationToken cancellationToken) =>
        Task.WhenAll(ranges.Select(query => Task.Run(() => ReadPagesAsync(query, parse, cancellationToken), cancellationToken)));

    private async Task<Part> ReadPagesAsync(AsyncPageable<TableEntity> query, EntryParser parse, CancellationToken cancellationToken)
    {
        var part = new Part([], [], [], [], new ReportFactsSharing());
        // With the host's clients (TableQueryPageCapture in their pipeline) each page's JSON is parsed as it arrives and
        // the SDK sees an empty page; a client without it hands over entities, read below.
        using var capture = TableQueryPageCapture.Scope((page, token) =>
            TablePageJson.ForEachStringAsync(page, ReportFactsTable.IsEntry, entry => parse(entry, part), token));
        await using var pages = query.AsPages().GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // A page is fetched and parsed under the gate, so no more than PagesInFlight pages' responses and entities are
            // in memory at once, however many years and reports read together.
            await _pagesInFlight.WaitAsync(cancellationToken);
            try
            {
                if (!await pages.MoveNextAsync())
                {
                    return part;
                }

                foreach (var json in pages.Current.Values.SelectMany(Entries))
                {
                    parse(Encoding.UTF8.GetBytes(json), part);
                }
            }
            finally
            {
                _pagesInFlight.Release();
            }
        }
    }

    private static void ParseFacts(ReadOnlySpan<byte> entry, Part part, Func<ReportFacts, bool> keep)
    {
        if (ReportFactsJson.Read(entry, part.Sharing) is not { } read)
        {
            part.TooLarge.Add(ReportFactsJson.ReadVersion(entry).ProjectId);
        }
        else if (keep(read))
        {
            part.Projects.Add(read);
        }
    }

    private static void ParseFiles(ReadOnlySpan<byte> entry, Part part, HashSet<string> projects)
    {
        var (projectId, list) = ReportFactsJson.ReadFiles(entry);
        if (!projects.Contains(projectId))
        {
            return;
        }

        if (list is null)
        {
            part.TooLong.Add(projectId);
        }
        else
        {
            part.Files.Add((projectId, OldestFirst(list)));
        }
    }

    // Blob names by upload time, then by name; most projects have one to three, so no sort machinery for them.
    private static string[] OldestFirst(IReadOnlyList<(DateTimeOffset UploadedAt, string BlobName)> files)
    {
        if (files.Count == 1)
        {
            return [files[0].BlobName];
        }

        var sorted = files.ToArray();
        Array.Sort(sorted, static (a, b) => a.UploadedAt != b.UploadedAt ? a.UploadedAt.CompareTo(b.UploadedAt) : string.CompareOrdinal(a.BlobName, b.BlobName));
        var names = new string[sorted.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = sorted[i].BlobName;
        }

        return names;
    }

    private static IEnumerable<string> Entries(TableEntity row) =>
        row.Where(p => ReportFactsTable.IsEntry(p.Key) && p.Value is string).Select(p => (string)p.Value);

    // Reads one stored entry (UTF-8 JSON) into what its key range held.
    private delegate void EntryParser(ReadOnlySpan<byte> utf8Entry, Part part);

    // What one key range held; its pages are parsed one after another, so they share one ReportFactsSharing.
    private sealed record Part(List<ReportFacts> Projects, List<(string Id, IReadOnlyList<string> Files)> Files, List<string> TooLarge, List<string> TooLong, ReportFactsSharing Sharing);
}
