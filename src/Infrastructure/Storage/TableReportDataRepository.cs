using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using XjKeji.Domain.Ports;
using XjKeji.Domain.Reporting;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// Table <c>ReportData</c>: the year-end inputs at PartitionKey <c>inputs</c>, RowKey = year; survey answers at
/// PartitionKey <c>survey|{year}</c>, RowKey = project, respondent and occasion, so an answer given twice is stored once
/// and a year's answers are one partition query.
/// </summary>
public sealed class TableReportDataRepository : IReportDataRepository
{
    private const string InputsPartition = "inputs";
    private readonly TableClient _table;

    /// <summary>Creates the repository.</summary>
    public TableReportDataRepository(TableServiceClient service, TableNames names)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(names);
        _table = service.GetTableClient(names.ReportData);
    }

    /// <inheritdoc />
    public async Task<YearEndInputs> GetInputsAsync(int programYear, CancellationToken cancellationToken = default)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(InputsPartition, Year(programYear), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? JsonSerializer.Deserialize<YearEndInputs>(e.GetString("Json"), StorageJson.Options) ?? YearEndInputs.Empty
            : YearEndInputs.Empty;
    }

    /// <inheritdoc />
    public Task SaveInputsAsync(int programYear, YearEndInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return _table.UpsertEntityAsync(new TableEntity(InputsPartition, Year(programYear)) { ["Json"] = JsonSerializer.Serialize(inputs, StorageJson.Options) }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RecordAnswerAsync(SurveyAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var rowKey = string.Join('|', TableKeys.Escape(answer.ProjectId), TableKeys.Escape(answer.RespondentId), TableKeys.Escape(answer.Occasion));
        try
        {
            await _table.AddEntityAsync(new TableEntity($"survey|{Year(answer.ProgramYear)}", rowKey) { ["Json"] = JsonSerializer.Serialize(answer, StorageJson.Options) }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SurveyAnswer>> ListAnswersAsync(int programYear, CancellationToken cancellationToken = default)
    {
        var list = new List<SurveyAnswer>();
        await foreach (var e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"survey|" + Year(programYear)}"), cancellationToken: cancellationToken))
        {
            list.Add(JsonSerializer.Deserialize<SurveyAnswer>(e.GetString("Json"), StorageJson.Options) ?? throw new InvalidDataException($"Answer {e.RowKey} is empty."));
        }

        return list;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
