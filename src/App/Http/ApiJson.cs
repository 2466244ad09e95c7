using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace XjKeji.App.Http;

/// <summary>
/// The API's JSON: camelCase, enums as their names, Chinese written as is (not \uXXXX), and strict reading — an unknown
/// property, a missing required one or a null where none is allowed is a 400, not a silently ignored field.
/// </summary>
public static class ApiJson
{
    /// <summary>The options every request and response uses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 32,
        };
        o.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
