using System.Globalization;
using XjKeji.App.Projects;
using XjKeji.Domain.Common;

namespace XjKeji.App.Http;

/// <summary>Typed query parameters: a malformed value is a 400 naming the parameter, never a silent default.</summary>
public static class ApiQuery
{
    /// <summary>An integer parameter, or null when absent.</summary>
    public static int? Int(ApiCall call, string name)
    {
        ArgumentNullException.ThrowIfNull(call);
        var raw = call.Query(name);
        return raw is null ? null
            : int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw new BadQueryException(name, raw);
    }

    /// <summary>An enum parameter by name, or null when absent.</summary>
    public static TEnum? Enum<TEnum>(ApiCall call, string name)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(call);
        var raw = call.Query(name);
        return raw is null ? null
            : System.Enum.TryParse<TEnum>(raw, ignoreCase: false, out var v) && System.Enum.IsDefined(v) && !char.IsDigit(raw[0]) ? v
            : throw new BadQueryException(name, raw);
    }

    /// <summary>A boolean parameter (true/false), or null when absent.</summary>
    public static bool? Bool(ApiCall call, string name)
    {
        ArgumentNullException.ThrowIfNull(call);
        var raw = call.Query(name);
        return raw is null ? null : bool.TryParse(raw, out var v) ? v : throw new BadQueryException(name, raw);
    }
}

/// <summary>A query parameter could not be read. Answered 400.</summary>
public sealed class BadQueryException : DomainException
{
    /// <summary>Creates the error.</summary>
    public BadQueryException(string name, string value)
        : base("invalid-query", new BilingualText($"查询参数 {name} 的值“{value}”无效", $"The query parameter {name} has an invalid value '{value}'"))
    {
        Parameter = name;
    }

    /// <summary>The parameter.</summary>
    public string Parameter { get; }
}
