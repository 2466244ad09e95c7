using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace XjKeji.Infra.Tests;

/// <summary>The Bicep compiles and lints with zero findings, with every linter rule set to error.</summary>
[Collection(BicepCollection.Name)]
public sealed partial class BicepCompilationTests(BicepFixture bicep)
{
    [Fact]
    public void Build_succeeds_with_no_warning_or_error()
    {
        Assert.True(bicep.Build.ExitCode == 0, bicep.Build.Describe());
        // Diagnostics go to stderr; stdout is the template itself.
        Assert.True(FindingLines(bicep.Build.StandardError).Count == 0, bicep.Build.Describe());
        Assert.NotNull(bicep.Template);
    }

    [Fact]
    public void Lint_reports_no_finding()
    {
        Assert.True(bicep.Lint.ExitCode == 0, bicep.Lint.Describe());
        Assert.True(FindingLines(bicep.Lint.StandardOutput + bicep.Lint.StandardError).Count == 0, bicep.Lint.Describe());
    }

    [Fact]
    public void Bicepconfig_makes_every_linter_rule_an_error()
    {
        var config = ReadJsonWithComments(RepositoryRoot.Combine("infra", "bicep", "bicepconfig.json"));
        Assert.True(config["analyzers"]?["core"]?["enabled"]?.GetValue<bool>(), "The core linter must be enabled.");
        var rules = Assert.IsType<JsonObject>(config["analyzers"]?["core"]?["rules"]);

        // Off on purpose (see the comment in bicepconfig.json): it depends on the current date, not on the template.
        string[] offByDesign = ["use-recent-api-versions"];
        var notErrors = rules
            .Where(rule => !offByDesign.Contains(rule.Key))
            .Where(rule => rule.Value?["level"]?.GetValue<string>() != "error")
            .Select(rule => rule.Key)
            .ToList();
        Assert.Empty(notErrors);
        Assert.True(rules.Count >= 50, $"Only {rules.Count} rules are listed; Bicep CLI 0.49.2 has 55.");
    }

    [Fact]
    public void Bicepconfig_defines_no_registry_alias()
    {
        var config = ReadJsonWithComments(RepositoryRoot.Combine("infra", "bicep", "bicepconfig.json"));
        foreach (var kind in new[] { "br", "ts" })
        {
            var aliases = config["moduleAliases"]?[kind] as JsonObject;
            Assert.True(aliases is null || aliases.Count == 0, $"moduleAliases.{kind} must be empty: no registry is reachable.");
        }
    }

    [Fact]
    public void Every_bicep_file_is_a_module_of_main_so_it_is_built_and_linted()
    {
        var folder = RepositoryRoot.Combine("infra", "bicep");
        var files = Directory.GetFiles(folder, "*.bicep", SearchOption.AllDirectories).Select(Path.GetFullPath).ToList();
        var referenced = files
            .SelectMany(file => ModuleReference().Matches(File.ReadAllText(file))
                .Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, m.Groups["path"].Value))))
            .ToHashSet();

        var main = Path.GetFullPath(Path.Combine(folder, "main.bicep"));
        var orphans = files.Where(f => f != main && !referenced.Contains(f)).Select(f => Path.GetRelativePath(folder, f)).ToList();
        Assert.Empty(orphans);
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("br/public:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compiled_template_has_no_hard_coded_cloud_endpoint()
    {
        // Endpoints come from the resources (primaryEndpoints, defaultHostName, secretUri), so the template is cloud-agnostic.
        string[] hosts =
        [
            "core.windows.net", "azurewebsites.net", "vault.azure.net", "core.chinacloudapi.cn", "chinacloudsites.cn",
            "vault.azure.cn", "login.microsoftonline.com",
        ];
        var text = bicep.CompiledTemplate.Text;
        Assert.All(hosts, host => Assert.DoesNotContain(host, text, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> FindingLines(string output) =>
        output.Split('\n').Where(line => FindingWord().IsMatch(line)).ToList();

    private static JsonObject ReadJsonWithComments(string path) =>
        JsonNode.Parse(
            File.ReadAllText(path),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!
        .AsObject();

    [GeneratedRegex(@"\b(Warning|Error)\b")]
    private static partial Regex FindingWord();

    [GeneratedRegex(@"^\s*module\s+\w+\s+'(?<path>[^']+\.bicep)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
