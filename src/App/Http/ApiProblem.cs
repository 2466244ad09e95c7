using XjKeji.Domain.Common;
using XjKeji.Domain.Validation;

namespace XjKeji.App.Http;

/// <summary>
/// An RFC 9457 problem: a stable <see cref="Type"/> URI per kind of failure, the title in Chinese (<see cref="Title"/>)
/// and English (<see cref="TitleEn"/>), the status, and for validation failures every field error.
/// </summary>
/// <param name="Type">Stable URI naming the kind of problem.</param>
/// <param name="Title">Chinese title.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="Status">HTTP status.</param>
/// <param name="Detail">Specifics of this occurrence.</param>
/// <param name="Errors">Per-field errors.</param>
public sealed record ApiProblem(
    string Type,
    string Title,
    string TitleEn,
    int Status,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Detail = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ApiFieldError>? Errors = null)
{
    /// <summary>The base of every problem type URI.</summary>
    public const string TypeBase = "https://xjkeji.xjkjt.gov.cn/problems/";

    /// <summary>A problem of a stable code.</summary>
    public static ApiProblem Of(int status, string code, string zh, string en, string? detail = null, IReadOnlyList<ApiFieldError>? errors = null) =>
        new(TypeBase + code, zh, en, status, detail, errors);

    /// <summary>A problem from a domain error.</summary>
    public static ApiProblem From(int status, DomainException error, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var errors = error is DomainValidationException v ? v.Problems.Select(ApiFieldError.From).ToList() : null;
        return new(TypeBase + error.Code, error.Title.Zh, error.Title.En, status, detail, errors);
    }
}

/// <summary>One field's error.</summary>
/// <param name="Field">Path of the field, e.g. <c>budget.lines[2].fiscalCny</c>.</param>
/// <param name="Code">Stable code.</param>
/// <param name="Message">Chinese message.</param>
/// <param name="MessageEn">English message.</param>
public sealed record ApiFieldError(string Field, string Code, string Message, string MessageEn)
{
    /// <summary>From a domain validation problem.</summary>
    public static ApiFieldError From(ValidationProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Field, p.Code, p.Message.Zh, p.Message.En);
    }
}
