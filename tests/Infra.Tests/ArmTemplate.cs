using System.Text.Json;
using System.Text.Json.Nodes;

namespace XjKeji.Infra.Tests;

/// <summary>A resource defined in the compiled template, with the module path that leads to it.</summary>
/// <param name="ModulePath">Symbolic names of the enclosing modules, outermost first (empty at the top level).</param>
/// <param name="SymbolicName">The resource's symbolic name (languageVersion 2.0), or its index.</param>
/// <param name="Node">The resource object.</param>
/// <param name="Template">The template that defines it.</param>
public sealed record ArmResource(IReadOnlyList<string> ModulePath, string SymbolicName, JsonObject Node, JsonObject Template)
{
    public string Type => (string)Node["type"]!;

    /// <summary>True for an <c>existing</c> reference: a resource the template reads but does not define.</summary>
    public bool IsExisting => Node["existing"] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public string Where => ModulePath.Count == 0 ? SymbolicName : $"{string.Join('/', ModulePath)}/{SymbolicName}";

    /// <summary>The node at a property path under the resource, or null.</summary>
    public JsonNode? At(params string[] path) => ArmTemplate.At(Node, path);

    public override string ToString() => $"{Type} {Where}";
}

/// <summary>
/// The ARM JSON that <c>bicep build</c> produced. Bicep modules compile to nested <c>Microsoft.Resources/deployments</c>
/// whose <c>properties.template</c> holds their own resources; <see cref="Resources"/> walks them all. Resources are an
/// array (languageVersion 1) or an object keyed by symbolic name (languageVersion 2.0); both are handled.
/// </summary>
public sealed class ArmTemplate(JsonObject root)
{
    public const string DeploymentType = "Microsoft.Resources/deployments";

    public JsonObject Root { get; } = root;

    /// <summary>Every resource of the template and of its nested deployments, depth first.</summary>
    public IReadOnlyList<ArmResource> Resources { get; } = Walk(root, []).ToList();

    /// <summary>Resources of a type (case-insensitive) that the template defines, not <c>existing</c> references.</summary>
    public IReadOnlyList<ArmResource> Defined(string type) =>
        Resources.Where(r => !r.IsExisting && string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The top-level module (nested deployment) with this symbolic name.</summary>
    public ArmResource Module(string symbolicName) =>
        Resources.SingleOrDefault(r => r.ModulePath.Count == 0 && r.SymbolicName == symbolicName && r.Type == DeploymentType)
        ?? throw new InvalidOperationException($"No top-level module '{symbolicName}' in the compiled template.");

    /// <summary>The compiled template as text, for whole-template searches.</summary>
    public string Text => Root.ToJsonString();

    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var part in path)
            node = node is JsonObject obj ? obj[part] : null;
        return node;
    }

    private static IEnumerable<ArmResource> Walk(JsonObject template, IReadOnlyList<string> modulePath)
    {
        IEnumerable<(string Name, JsonNode? Node)> entries = template["resources"] switch
        {
            JsonObject byName => byName.Select(p => (p.Key, p.Value)),
            JsonArray list => list.Select((node, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), node)),
            _ => [],
        };

        foreach (var (name, node) in entries)
        {
            if (node is not JsonObject resource)
                continue;

            yield return new ArmResource(modulePath, name, resource, template);

            if (resource["type"]?.GetValue<string>() == DeploymentType && At(resource, "properties", "template") is JsonObject nested)
            {
                foreach (var inner in Walk(nested, [.. modulePath, name]))
                    yield return inner;
            }
        }
    }
}
