using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Extensions;
using Microsoft.OpenApi.Models;

namespace XjKeji.App.Http;

/// <summary>
/// Builds the OpenAPI 3 document from <see cref="ApiRoutes.All"/> and the request and response types by reflection, so
/// the document cannot drift from the code. Every operation lists its problem+json failures.
/// </summary>
public static class OpenApiDocumentBuilder
{
    private static readonly Lazy<JsonElement> Cached = new(() => JsonDocument.Parse(Build().SerializeAsJson(OpenApiSpecVersion.OpenApi3_0)).RootElement.Clone());

    /// <summary>The document as JSON (built once).</summary>
    public static JsonElement Json() => Cached.Value;

    /// <summary>Builds the document.</summary>
    public static OpenApiDocument Build()
    {
        var schemas = new SchemaRegistry();
        var doc = new OpenApiDocument
        {
            Info = new OpenApiInfo { Title = "XjKeji API — 新疆科技计划项目管理", Version = "1.0" },
            Paths = [],
            Components = new OpenApiComponents(),
        };
        var problem = schemas.For(typeof(ApiProblem));
        foreach (var group in ApiRoutes.All.GroupBy(r => r.Path))
        {
            var item = new OpenApiPathItem();
            foreach (var route in group)
            {
                item.Operations[Enum.Parse<OperationType>(route.Method, ignoreCase: true)] = Operation(route, schemas, problem);
            }

            doc.Paths.Add(group.Key, item);
        }

        doc.Components.Schemas = schemas.Components;
        doc.Components.SecuritySchemes = new Dictionary<string, OpenApiSecurityScheme>
        {
            ["bearer"] = new() { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "LocalHost development token; in Azure, App Service authentication (X-MS-CLIENT-PRINCIPAL)." },
        };
        return doc;
    }

    private static OpenApiOperation Operation(ApiRoute route, SchemaRegistry schemas, OpenApiSchema problem)
    {
        var op = new OpenApiOperation
        {
            OperationId = route.Name,
            Summary = route.Summary,
            Description = $"Roles: {string.Join(", ", route.Roles.Order())}",
            Tags = [new OpenApiTag { Name = route.Template.Split('/')[0] }],
        };
        foreach (var segment in route.Template.Split('/').Where(s => s.StartsWith('{')))
        {
            op.Parameters.Add(new OpenApiParameter { Name = segment.Trim('{', '}'), In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = "string" } });
        }

        foreach (var q in route.QueryParameters ?? [])
        {
            op.Parameters.Add(new OpenApiParameter { Name = q, In = ParameterLocation.Query, Required = false, Schema = new OpenApiSchema { Type = "string" } });
        }

        if (route.Idempotent)
        {
            op.Parameters.Add(new OpenApiParameter { Name = "Idempotency-Key", In = ParameterLocation.Header, Required = false, Description = "A retried request with the same key returns the first answer.", Schema = new OpenApiSchema { Type = "string", MaxLength = 100 } });
        }

        if (route.RequestBody is not null)
        {
            op.RequestBody = new OpenApiRequestBody { Required = true, Content = { ["application/json"] = new OpenApiMediaType { Schema = schemas.For(route.RequestBody) } } };
        }

        op.Responses[route.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
        {
            Description = "OK",
            Content = route.ResponseBody is null ? [] : new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schemas.For(route.ResponseBody) } },
        };
        foreach (var status in new[] { "400", "401", "403", "404", "409", "412", "413", "415", "422", "503" })
        {
            op.Responses[status] = new OpenApiResponse { Description = "Problem (RFC 9457)", Content = { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } } };
        }

        return op;
    }

    /// <summary>JSON schemas for .NET types, with named component schemas for records so cycles terminate.</summary>
    private sealed class SchemaRegistry
    {
        public Dictionary<string, OpenApiSchema> Components { get; } = new(StringComparer.Ordinal);

        public OpenApiSchema For(Type type)
        {
            var nullable = Nullable.GetUnderlyingType(type);
            if (nullable is not null)
            {
                var inner = For(nullable);
                inner.Nullable = true;
                return inner;
            }

            if (Simple(type) is { } simple)
            {
                return simple;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                return new OpenApiSchema { Type = "object", AdditionalProperties = For(type.GetGenericArguments()[1]) };
            }

            var element = ElementType(type);
            if (element is not null)
            {
                return new OpenApiSchema { Type = "array", Items = For(element) };
            }

            var name = type.Name;
            if (!Components.ContainsKey(name))
            {
                var schema = new OpenApiSchema { Type = "object", AdditionalPropertiesAllowed = false };
                Components[name] = schema;
                foreach (var (p, param) in WireProperties.Of(type))
                {
                    var json = JsonNamingPolicy.CamelCase.ConvertName(p.Name);
                    schema.Properties[json] = For(p.PropertyType);
                    if (param is not null && !param.HasDefaultValue && !IsNullable(p))
                    {
                        schema.Required.Add(json);
                    }
                }
            }

            return new OpenApiSchema { Reference = new OpenApiReference { Type = ReferenceType.Schema, Id = name } };
        }

        private static OpenApiSchema? Simple(Type t)
        {
            if (t.IsEnum)
            {
                return new OpenApiSchema { Type = "string", Enum = [.. Enum.GetNames(t).Select(n => (IOpenApiAny)new OpenApiString(n))] };
            }

            return t == typeof(string) ? new() { Type = "string" }
                : t == typeof(int) || t == typeof(long) ? new() { Type = "integer", Format = t == typeof(int) ? "int32" : "int64" }
                : t == typeof(decimal) || t == typeof(double) ? new() { Type = "number", Description = t == typeof(decimal) ? "exact decimal (CNY amounts: at most two decimals)" : null }
                : t == typeof(bool) ? new() { Type = "boolean" }
                : t == typeof(DateOnly) ? new() { Type = "string", Format = "date" }
                : t == typeof(DateTimeOffset) || t == typeof(DateTime) ? new() { Type = "string", Format = "date-time" }
                : t == typeof(TimeSpan) ? new() { Type = "string", Description = "d.hh:mm:ss" }
                : t == typeof(Uri) ? new() { Type = "string", Format = "uri" }
                : t == typeof(object) || t == typeof(JsonElement) ? new() { Type = "object" }
                : null;
        }

        private static Type? ElementType(Type t) =>
            t.IsArray ? t.GetElementType()
            : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? t.GetGenericArguments()[0]
            : t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

        private static bool IsNullable(PropertyInfo p) =>
            Nullable.GetUnderlyingType(p.PropertyType) is not null || new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable;
    }
}
