using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Projects;
using XjKeji.Domain.Projects.Import;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Projects.Import;

/// <summary>
/// Imports carried-over projects (上年结转项目) so a program year can start with the projects approved before it: every row
/// is checked, and every id against storage, before anything is written; then each project is stored at its stage and
/// its lifecycle started, which takes over its remaining deadlines (mid-term, end of execution, acceptance).
/// </summary>
/// <remarks>
/// A retried request (after a timeout or a 503) finds the projects it already stored, leaves them and starts their
/// lifecycles again, which is a no-op for running ones; an id used by a project that was not carried over in the
/// same program year and category is refused.
/// </remarks>
public sealed class CarriedOverImporter(IProjectRepository projects, IWorkflowSignals signals, IBusinessClock clock)
{
    /// <summary>Writes in flight at once: enough to import 146 projects in seconds without flooding the storage account.</summary>
    public const int Parallelism = 8;

    /// <summary>Imports the file as <paramref name="officer"/>.</summary>
    /// <exception cref="DomainValidationException">One problem per row error (row and column named); nothing is stored.</exception>
    public async Task<CarriedOverImportView> ImportAsync(byte[] file, string? fileName, Actor officer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var now = clock.Now;
        var parsed = CarriedOverCsvImport.Parse(file, ChinaStandardTime.DateOf(now));
        if (!parsed.Succeeded)
        {
            throw new DomainValidationException([.. parsed.Errors.Select(Problem)]);
        }

        var existing = new Dictionary<string, bool>(StringComparer.Ordinal);
        var clashes = new List<ImportRowError>();
        await Parallel.ForEachAsync(parsed.Projects, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            if (await projects.FindAsync(row.Id, ct) is not { } found)
            {
                return;
            }

            var p = found.Project;
            lock (existing)
            {
                if (p.IsCarriedOver && p.ProgramYear == row.ProgramYear && p.Form.Category == row.Category)
                {
                    existing[row.Id] = true;
                }
                else
                {
                    clashes.Add(new ImportRowError(row.Row, "编号", "id-exists", new($"第{row.Row}行“编号”：项目{row.Id}已存在", $"Row {row.Row} (编号): project {row.Id} already exists")));
                }
            }
        });
        if (clashes.Count > 0)
        {
            throw new DomainValidationException([.. clashes.OrderBy(c => c.Row).Select(Problem)]);
        }

        var reason = $"结转项目导入 / carried-over import: {(string.IsNullOrWhiteSpace(fileName) ? "(unnamed file)" : fileName.Trim())}";
        await Parallel.ForEachAsync(parsed.Projects, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            if (!existing.ContainsKey(row.Id))
            {
                await projects.CreateAsync(Project.ImportCarriedOver(row, officer, now, reason), ct);
            }

            await signals.StartLifecycleAsync(row.Id, ct);
        });

        return new CarriedOverImportView(parsed.Projects.Count - existing.Count, existing.Count, parsed.EncodingName, [.. parsed.Projects.Select(p => p.Id)]);
    }

    private static ValidationProblem Problem(ImportRowError e) => new($"rows[{e.Row}]" + (e.Column is null ? string.Empty : "." + e.Column), e.Code, e.Message);
}
