using System.Text.Json;
using System.Text.RegularExpressions;

namespace XjKeji.Infra.Tests;

/// <summary>Identity, transport security, no shared keys and least-privilege RBAC, checked on the compiled ARM template.</summary>
[Collection(BicepCollection.Name)]
public sealed partial class SecurityTests(BicepFixture bicep)
{
    private static readonly Dictionary<string, string> AllowedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
    };

    private static readonly Dictionary<string, string> ForbiddenRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
    };

    private ArmTemplate Template => bicep.CompiledTemplate;

    private ArmResource FunctionApp => Assert.Single(Template.Defined("Microsoft.Web/sites"));

    [Fact]
    public void Function_app_has_a_system_assigned_identity()
    {
        Assert.Contains("functionapp", (string?)FunctionApp.At("kind") ?? "", StringComparison.Ordinal);
        AssertLiteral("SystemAssigned", FunctionApp.At("identity", "type"), FunctionApp);
    }

    [Fact]
    public void Function_app_is_https_only_with_tls_1_2()
    {
        AssertLiteral(true, FunctionApp.At("properties", "httpsOnly"), FunctionApp);
        AssertLiteral("1.2", FunctionApp.At("properties", "siteConfig", "minTlsVersion"), FunctionApp);
        AssertLiteral("1.2", FunctionApp.At("properties", "siteConfig", "scmMinTlsVersion"), FunctionApp);
        AssertLiteral("Disabled", FunctionApp.At("properties", "siteConfig", "ftpsState"), FunctionApp);
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_flex_consumption()
    {
        var plan = Assert.Single(Template.Defined("Microsoft.Web/serverfarms"));
        AssertLiteral("FC1", plan.At("sku", "name"), plan);
        AssertLiteral("FlexConsumption", plan.At("sku", "tier"), plan);

        AssertLiteral("dotnet-isolated", FunctionApp.At("properties", "functionAppConfig", "runtime", "name"), FunctionApp);
        AssertLiteral("10.0", FunctionApp.At("properties", "functionAppConfig", "runtime", "version"), FunctionApp);
        AssertLiteral("blobContainer", FunctionApp.At("properties", "functionAppConfig", "deployment", "storage", "type"), FunctionApp);
        AssertLiteral(
            "SystemAssignedIdentity",
            FunctionApp.At("properties", "functionAppConfig", "deployment", "storage", "authentication", "type"),
            FunctionApp);
        Assert.NotNull(FunctionApp.At("properties", "functionAppConfig", "scaleAndConcurrency", "maximumInstanceCount"));
        Assert.NotNull(FunctionApp.At("properties", "functionAppConfig", "scaleAndConcurrency", "instanceMemoryMB"));
    }

    [Fact]
    public void Basic_publishing_credentials_are_disabled()
    {
        var policies = Template.Defined("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => AssertLiteral(false, p.At("properties", "allow"), p));
    }

    [Fact]
    public void Both_storage_accounts_refuse_shared_keys_and_plain_http()
    {
        // One storage module, used twice (application data and task hub): two definitions in the compiled template.
        var accounts = Template.Defined("Microsoft.Storage/storageAccounts");
        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, account =>
        {
            AssertLiteral(false, account.At("properties", "allowSharedKeyAccess"), account);
            AssertLiteral(true, account.At("properties", "supportsHttpsTrafficOnly"), account);
            AssertLiteral("TLS1_2", account.At("properties", "minimumTlsVersion"), account);
            AssertLiteral(false, account.At("properties", "allowBlobPublicAccess"), account);
            AssertLiteral(true, account.At("properties", "defaultToOAuthAuthentication"), account);
        });
    }

    [Fact]
    public void The_app_data_account_keeps_deleted_and_overwritten_evidence_and_the_task_hub_is_separate()
    {
        var appData = Template.Module("appDataStorage");
        var taskHub = Template.Module("taskHubStorage");
        AssertLiteral(true, appData.At("properties", "parameters", "protectData", "value"), appData);
        var containers = Assert.IsType<System.Text.Json.Nodes.JsonArray>(appData.At("properties", "parameters", "containerNames", "value"));
        Assert.Contains("evidence", containers.Select(c => (string?)c));

        // Different accounts: the names differ.
        Assert.NotEqual(
            appData.At("properties", "parameters", "name", "value")?.ToJsonString(),
            taskHub.At("properties", "parameters", "name", "value")?.ToJsonString());

        var blobServices = Template.Defined("Microsoft.Storage/storageAccounts/blobServices");
        Assert.All(blobServices, service =>
        {
            Assert.NotNull(service.At("properties", "isVersioningEnabled"));
            Assert.NotNull(service.At("properties", "deleteRetentionPolicy", "enabled"));
        });
    }

    [Fact]
    public void Role_assignments_grant_only_the_allowed_data_plane_roles()
    {
        var assignments = Template.Defined("Microsoft.Authorization/roleAssignments");
        Assert.NotEmpty(assignments);

        var granted = new List<string>();
        foreach (var assignment in assignments)
        {
            var roleDefinitionId = (string?)assignment.At("properties", "roleDefinitionId") ?? "";
            var guids = Guid().Matches(roleDefinitionId).Select(m => m.Value).ToList();
            // A literal GUID, so the check below is about the role actually granted, not about a parameter.
            Assert.True(guids.Count == 1, $"{assignment}: roleDefinitionId must name one literal role GUID: {roleDefinitionId}");
            Assert.True(
                AllowedRoles.ContainsKey(guids[0]),
                $"{assignment}: role {guids[0]} is not one of {string.Join(", ", AllowedRoles.Values)}.");
            AssertLiteral("ServicePrincipal", assignment.At("properties", "principalType"), assignment);
            granted.Add(guids[0]);
        }

        // Each allowed role is used: the app needs all of them.
        Assert.Equal(AllowedRoles.Keys.Order(StringComparer.OrdinalIgnoreCase), granted.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void No_owner_contributor_or_user_access_administrator_role_appears_anywhere()
    {
        var text = Template.Text;
        Assert.All(ForbiddenRoles, role => Assert.False(
            text.Contains(role.Key, StringComparison.OrdinalIgnoreCase), $"The template mentions the {role.Value} role."));
    }

    [Fact]
    public void Key_vault_uses_rbac_soft_delete_and_purge_protection_and_the_key_is_a_secure_parameter()
    {
        var vault = Assert.Single(Template.Defined("Microsoft.KeyVault/vaults"));
        AssertLiteral(true, vault.At("properties", "enableRbacAuthorization"), vault);
        AssertLiteral(true, vault.At("properties", "enableSoftDelete"), vault);
        AssertLiteral(true, vault.At("properties", "enablePurgeProtection"), vault);
        Assert.Single(Template.Defined("Microsoft.KeyVault/vaults/secrets"));

        var parameter = ArmTemplate.At(Template.Root, "parameters", "sendGridApiKey");
        AssertLiteral("securestring", ArmTemplate.At(parameter, "type"), FunctionApp);
        Assert.Null(ArmTemplate.At(parameter, "defaultValue"));
    }

    [Fact]
    public void Application_insights_accepts_only_entra_id_telemetry_on_a_workspace()
    {
        var component = Assert.Single(Template.Defined("Microsoft.Insights/components"));
        AssertLiteral(true, component.At("properties", "DisableLocalAuth"), component);
        Assert.NotNull(component.At("properties", "WorkspaceResourceId"));
        var workspace = Assert.Single(Template.Defined("Microsoft.OperationalInsights/workspaces"));
        AssertLiteral(true, workspace.At("properties", "features", "disableLocalAuth"), workspace);
    }

    [Fact]
    public void Function_app_storage_accounts_and_key_vault_send_diagnostics_to_log_analytics()
    {
        string[] monitored = ["Microsoft.Web/sites", "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults"];
        foreach (var resource in Template.Resources.Where(r => !r.IsExisting && monitored.Contains(r.Type)))
        {
            // Diagnostic settings are extension resources declared next to the resource, in the same module.
            var settings = Template.Defined("Microsoft.Insights/diagnosticSettings")
                .Where(d => d.Template == resource.Template && Targets((string?)d.At("scope") ?? "", resource))
                .ToList();
            Assert.True(settings.Count > 0, $"{resource} has no diagnostic setting.");
            Assert.All(settings, d => Assert.NotNull(d.At("properties", "workspaceId")));
        }
    }

    // A scope is either a resourceId() of the resource's type or, with symbolic-name code generation, its symbolic name.
    private static bool Targets(string scope, ArmResource resource) =>
        scope == resource.SymbolicName || scope.Contains($"resourceId('{resource.Type}',", StringComparison.OrdinalIgnoreCase);

    private static void AssertLiteral(string expected, System.Text.Json.Nodes.JsonNode? actual, ArmResource where)
    {
        Assert.True(
            actual is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() == JsonValueKind.String && (string?)value == expected,
            $"{where}: expected the literal '{expected}', found {actual?.ToJsonString() ?? "nothing"}.");
    }

    private static void AssertLiteral(bool expected, System.Text.Json.Nodes.JsonNode? actual, ArmResource where)
    {
        var kind = expected ? JsonValueKind.True : JsonValueKind.False;
        Assert.True(
            actual is System.Text.Json.Nodes.JsonValue value && value.GetValueKind() == kind,
            $"{where}: expected the literal {expected.ToString().ToLowerInvariant()}, found {actual?.ToJsonString() ?? "nothing"}.");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
