using XjKeji.App.Projects.Import;

namespace XjKeji.App.Http.Handlers;

/// <summary>Officer imports of projects from files.</summary>
public sealed class ImportHandlers(CarriedOverImporter importer)
{
    /// <summary>POST officer/projects/import: carried-over projects from CSV, all or nothing.</summary>
    public async Task<ApiResult> ImportCarriedOverAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var request = call.BodyAs<CarriedOverImportRequest>();
        return ApiResult.Ok(await importer.ImportAsync(Base64File.Decode(request.ContentBase64), request.FileName, call.Caller, call.Aborted));
    }
}
