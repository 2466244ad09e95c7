using System.Reflection;
using System.Text.Json.Nodes;
using XjKeji.Functions.Configuration;

namespace XjKeji.Infra.Tests;

/// <summary>The function app's settings in the Bicep are exactly the ones the code reads (AppSettingNames), identity-based.</summary>
[Collection(BicepCollection.Name)]
public sealed class AppSettingsTests(BicepFixture bicep)
{
    private ArmResource FunctionApp => Assert.Single(bicep.CompiledTemplate.Defined("Microsoft.Web/sites"));

    private Dictionary<string, JsonNode?> Settings =>
        Assert.IsType<JsonArray>(FunctionApp.At("properties", "siteConfig", "appSettings"))
            .Select(s => Assert.IsType<JsonObject>(s))
            .ToDictionary(s => (string)s["name"]!, s => s["value"]);

    [Fact]
    public void The_function_app_sets_exactly_the_settings_the_code_reads()
    {
        // Settings written through a separate sites/config resource would escape this check: there must be none.
        Assert.Empty(bicep.CompiledTemplate.Defined("Microsoft.Web/sites/config"));
        Assert.Equal(AppSettingNames.All.Order(StringComparer.Ordinal), Settings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AppSettingNames_All_lists_every_setting_constant_once()
    {
        var constants = typeof(AppSettingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(constants, AppSettingNames.All.Order(StringComparer.Ordinal));
        Assert.Equal(AppSettingNames.All.Count, AppSettingNames.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_storage_connection_is_identity_based_and_has_the_service_uris_its_users_need()
    {
        var settings = Settings;
        foreach (var connection in new[] { AppSettingNames.Connections.Host, AppSettingNames.Connections.TaskHub, AppSettingNames.Connections.AppData })
        {
            Assert.Equal("managedidentity", (string?)settings[$"{connection}__credential"]);
            foreach (var service in new[] { "blob", "queue", "table" })
                Assert.Contains($"primaryEndpoints.{service}", (string?)settings[$"{connection}__{service}ServiceUri"], StringComparison.Ordinal);
        }

        // No key or SAS anywhere: not in a setting value, not in the template.
        var text = bicep.CompiledTemplate.Text;
        Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InstrumentationKey=", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listKeys(resourceId('Microsoft.Storage", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_SendGrid_key_is_a_Key_Vault_reference_and_telemetry_uses_Entra_ID()
    {
        var settings = Settings;
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", (string?)settings[AppSettingNames.SendGridApiKey], StringComparison.Ordinal);
        Assert.Contains(".secretUri", (string?)settings[AppSettingNames.SendGridApiKey], StringComparison.Ordinal);
        Assert.Equal("Authorization=AAD", (string?)settings[AppSettingNames.ApplicationInsightsAuthenticationString]);
        Assert.Contains("ConnectionString", (string?)settings[AppSettingNames.ApplicationInsightsConnectionString], StringComparison.Ordinal);
    }
}
