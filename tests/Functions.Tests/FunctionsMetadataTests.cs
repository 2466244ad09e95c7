using System.Text.Json;

namespace XjKeji.Functions.Tests;

/// <summary>
/// The functions.metadata that the worker SDK writes at build time (and the Functions host reads instead of scanning
/// the assembly) lists exactly the functions found by reflection, with their entry points and binding types. A stale
/// or partial file would deploy an app that silently lacks a function.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Metadata = new(Load);

    [Fact]
    public void Metadata_lists_every_function_and_nothing_else()
    {
        Assert.Equal(
            FunctionCatalog.All.Select(f => f.Name).Order(StringComparer.Ordinal),
            Metadata.Value.Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_function_has_its_entry_point_and_binding_types()
    {
        foreach (var function in FunctionCatalog.All)
        {
            var entry = Assert.Single(Metadata.Value, f => f.GetProperty("name").GetString() == function.Name);
            var inputs = entry.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("direction").GetString() == "In")
                .Select(b => b.GetProperty("type").GetString()!)
                .Order(StringComparer.Ordinal);

            Assert.Equal(function.EntryPoint, entry.GetProperty("entryPoint").GetString());
            Assert.Equal(function.InputBindingTypes, inputs);
        }
    }

    [Fact]
    public void The_expected_trigger_kinds_are_all_present()
    {
        var triggers = Metadata.Value
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Select(b => b.GetProperty("type").GetString()!)
            .Where(t => t.EndsWith("Trigger", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "httpTrigger", "orchestrationTrigger", "activityTrigger" }, triggers);
    }

    /// <summary>
    /// The file sits next to the Functions assembly: the SDK writes it into the Functions output and the project reference
    /// copies it into this test's output with the assembly, whatever the configuration or artifacts path.
    /// </summary>
    private static IReadOnlyList<JsonElement> Load()
    {
        var path = Path.Combine(Path.GetDirectoryName(FunctionCatalog.Assembly.Location)!, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata not found next to the Functions assembly at {path}; build src/Functions.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
