using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace XjKeji.Infrastructure.Storage;

/// <summary>
/// JSON for documents stored in Table properties: camelCase, enums by name, and Chinese stored as is (readable in a
/// storage browser, and a third of the size of \uXXXX escapes).
/// </summary>
public static class StorageJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        o.Converters.Add(new JsonStringEnumConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
