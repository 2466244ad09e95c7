using XjKeji.Domain.Ports;
using XjKeji.Domain.Review;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Review;

/// <summary>How an import went: how many experts were stored and the encoding the file was read in.</summary>
public sealed record ExpertImportView(int Imported, string Encoding);

/// <summary>专家信息库 for officers: list, create or replace one expert, and import a CSV file all or nothing.</summary>
public sealed class ExpertDirectory(IExpertRepository experts)
{
    /// <summary>Every expert, by id.</summary>
    public Task<IReadOnlyList<Expert>> ListAsync(CancellationToken cancellationToken = default) => experts.ListAsync(cancellationToken);

    /// <summary>Creates or replaces one expert; the route's id must be the body's.</summary>
    /// <exception cref="DomainValidationException">Every problem of the entry at once.</exception>
    public async Task<Expert> SaveAsync(string expertId, Expert expert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expert);
        var result = expert.Validate();
        if (!string.Equals(expertId, expert.Id, StringComparison.Ordinal))
        {
            result.Add("id", "id-mismatch", "请求体中的编号与地址中的编号不一致", "The body's id differs from the id in the URL");
        }

        result.ThrowIfInvalid();
        await experts.SaveAsync([expert], cancellationToken);
        return expert;
    }

    /// <summary>Imports a CSV file (UTF-8 or GB18030); nothing is stored unless every row is valid.</summary>
    /// <exception cref="DomainValidationException">One problem per row error, with its row number and column.</exception>
    public async Task<ExpertImportView> ImportAsync(byte[] file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var parsed = ExpertCsvImport.Parse(file);
        if (!parsed.Succeeded)
        {
            throw new DomainValidationException([.. parsed.Errors.Select(e => new ValidationProblem($"rows[{e.Row}]" + (e.Column is null ? "" : "." + e.Column), e.Code, e.Message))]);
        }

        await experts.SaveAsync(parsed.Experts, cancellationToken);
        return new ExpertImportView(parsed.Experts.Count, parsed.EncodingName);
    }
}
