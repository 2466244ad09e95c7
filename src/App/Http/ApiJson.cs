using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

        // Derived, get-only properties (a call's ClosesAt, a form's Program) are not written: what a client reads is
        // exactly what it may send back, and sending a derived value is an unknown-field error, not silently ignored.
        o.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropDerivedProperties } };
        o.MakeReadOnly();
        return o;
    }

    private static void DropDerivedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var p = info.Properties[i];
            if (p.Set is null && p.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
