using System.Reflection;

namespace XjKeji.App.Http;

/// <summary>
/// The properties of a type that are part of the API's wire format: settable, or filled through a constructor
/// parameter. Derived get-only properties are not (ApiJson drops them too); the OpenAPI schema and the null-element
/// guard read the same list, so the three cannot drift apart.
/// </summary>
internal static class WireProperties
{
    /// <summary>Each wire property with its constructor parameter, if it has one.</summary>
    public static IEnumerable<(PropertyInfo Property, ParameterInfo? Parameter)> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? [];
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || p.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var parameter = parameters.FirstOrDefault(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null || p.SetMethod?.IsPublic == true)
            {
                yield return (p, parameter);
            }
        }
    }
}
