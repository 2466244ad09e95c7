using XjKeji.App.Projects;
using XjKeji.App.Reporting;
using XjKeji.App.Time;
using XjKeji.Domain.Calendar;
using XjKeji.Domain.Programs;
using XjKeji.Domain.Reporting;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Http.Handlers;

/// <summary>The year-end self-evaluation: the officer's inputs, the report in four formats, and the satisfaction survey.</summary>
public sealed class ReportHandlers(SelfEvaluationService reports, ProjectCommands commands, IBusinessClock clock)
{
    /// <summary>GET officer/reports/{year}/inputs.</summary>
    public async Task<ApiResult> GetInputsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await reports.GetInputsAsync(Year(call), call.Aborted));
    }

    /// <summary>PUT officer/reports/{year}/inputs.</summary>
    public async Task<ApiResult> SaveInputsAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ApiResult.Ok(await reports.SaveInputsAsync(Year(call), call.BodyAs<YearEndInputs>(), call.Aborted));
    }

    /// <summary>
    /// GET officer/reports/self-evaluation?year=&amp;program=&amp;format=: JSON (default), csv (indicator rows), funds-csv,
    /// xlsx (the 自评表 layout) or png (targets against actuals).
    /// </summary>
    public async Task<ApiResult> SelfEvaluationAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        // Bad query values are 400 like every other route's; a missing year means this business year.
        var program = ApiQuery.Enum<ProgramCode>(call, "program");
        var year = ApiQuery.Int(call, "year") ?? ChinaStandardTime.DateOf(clock.Now).Year;
        var format = call.Query("format") ?? "json";
        Func<SelfEvaluationReport, Stream, CancellationToken, Task>? writer = format switch
        {
            "json" => null,
            "csv" => SelfEvaluationCsvWriter.WriteIndicatorsAsync,
            "funds-csv" => SelfEvaluationCsvWriter.WriteFundsAsync,
            "xlsx" => SelfEvaluationXlsxWriter.WriteAsync,
            "png" => AchievementChartWriter.WriteAsync,
            var other => throw new BadQueryException("format", other),
        };
        var report = await reports.ComputeAsync(year, program, call.Aborted);
        if (writer is null)
        {
            return ApiResult.Ok(report);
        }

        using var buffer = new MemoryStream();
        await writer(report, buffer, call.Aborted);
        var contentType = format switch
        {
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png" => "image/png",
            _ => "text/csv; charset=utf-8",
        };
        return ApiResult.Ok(new FileBody(contentType, buffer.ToArray()));
    }

    /// <summary>POST surveys/projects/{projectId}: the caller's satisfaction with a project they may see.</summary>
    public async Task<ApiResult> AnswerSurveyAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = call.BodyAs<SurveyAnswerRequest>();
        var project = await commands.GetAsync(call.RouteValue("projectId"), call.Caller, call.Aborted);
        if (HttpETags.Unquote(call.IfMatch) is { } ifMatch && ifMatch != "*" && ifMatch != project.ETag)
        {
            // An answer given about a version of the project the caller no longer sees is refused like any other write.
            throw new Domain.Ports.ConcurrencyConflictException("项目 (project)", project.Project.Id);
        }

        return ApiResult.Ok(await reports.AnswerAsync(project.Project, call.Caller, body.Satisfied, body.Comment, call.Aborted));
    }

    private static int Year(ApiCall call) =>
        int.TryParse(call.RouteValue("year"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            ? year
            : throw Invalid("year", "年度须为 2000 至 2100 之间的整数", "year must be a whole number from 2000 to 2100");

    private static DomainValidationException Invalid(string field, string zh, string en) => new([ValidationProblem.Of(field, "invalid", zh, en)]);
}
