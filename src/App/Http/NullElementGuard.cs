using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace XjKeji.App.Http;

/// <summary>
/// Finds a null where the model does not allow one. The JSON reader enforces nullability of properties, but not of the
/// elements of lists (<c>"lines": [null]</c>); a null element would otherwise reach the Domain as a defect (500).
/// </summary>
internal static class NullElementGuard
{
    // NullabilityInfoContext caches in plain dictionaries and is not thread-safe: concurrent requests sharing one threw
    // ArgumentException (seen as a 400 on expert score sheets when the simulator scored in parallel). One per thread.
    private static readonly ThreadLocal<NullabilityInfoContext> Nullability = new(() => new());

    /// <summary>The JSON path of the first disallowed null in the object graph, or null when there is none.</summary>
    public static string? FindNull(object? value, int depth = 0) => depth > 16 || value is null ? null : Walk(value, string.Empty, depth);

    private static string? Walk(object value, string path, int depth)
    {
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateOnly or DateTimeOffset or DateTime or TimeSpan or Guid or Uri)
        {
            return null;
        }

        foreach (var (p, _) in WireProperties.Of(type))
        {
            var child = p.GetValue(value);
            var childPath = path.Length == 0 ? JsonNamingPolicy.CamelCase.ConvertName(p.Name) : $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}";
            if (child is null)
            {
                continue;
            }

            if (child is IEnumerable items and not string)
            {
                var nullability = Nullability.Value!.Create(p);
                var elementNullable = nullability.GenericTypeArguments.FirstOrDefault()?.ReadState == NullabilityState.Nullable
                    || nullability.ElementType?.ReadState == NullabilityState.Nullable;
                var i = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{childPath}[{i++}]";
                    if (item is null)
                    {
                        if (!elementNullable)
                        {
                            return itemPath;
                        }

                        continue;
                    }

                    if (depth < 16 && Walk(item, itemPath, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }
            }
            else if (depth < 16 && Walk(child, childPath, depth + 1) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
