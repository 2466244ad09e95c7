using System.Text.Json;
using System.Text.Json.Nodes;

namespace XjKeji.Infra.Tests;

/// <summary>Parameters, outputs and the Event Grid route of evidence uploads.</summary>
[Collection(BicepCollection.Name)]
public sealed class DeploymentShapeTests(BicepFixture bicep)
{
    private ArmTemplate Template => bicep.CompiledTemplate;

    [Fact]
    public void Environment_name_and_location_have_defaults_and_descriptions()
    {
        var parameters = Assert.IsType<JsonObject>(Template.Root["parameters"]);
        Assert.Equal("dev", (string?)parameters["environmentName"]?["defaultValue"]);
        Assert.Equal("[resourceGroup().location]", (string?)parameters["location"]?["defaultValue"]);
        Assert.All(parameters, p => Assert.False(
            string.IsNullOrWhiteSpace((string?)p.Value?["metadata"]?["description"]), $"Parameter {p.Key} has no description."));
    }

    [Fact]
    public void The_app_url_is_an_output()
    {
        var value = (string?)ArmTemplate.At(Template.Root, "outputs", "functionAppUrl", "value");
        Assert.StartsWith("[format('https://{0}'", value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Event_Grid_subscription_is_opt_in_and_delivers_evidence_uploads_to_ProcessEvidenceBlob()
    {
        var module = Template.Module("evidenceSubscription");
        Assert.Equal("[parameters('deployEventGridSubscription')]", (string?)module.At("condition"));
        var flag = ArmTemplate.At(Template.Root, "parameters", "deployEventGridSubscription", "defaultValue");
        Assert.Equal(JsonValueKind.False, flag?.GetValueKind());

        var subscription = Assert.Single(Template.Defined("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscription.At("properties", "filter", "includedEventTypes")!.AsArray().Select(e => (string?)e));
        Assert.Equal("/blobServices/default/containers/evidence/", (string?)subscription.At("properties", "filter", "subjectBeginsWith"));
        Assert.Equal("WebHook", (string?)subscription.At("properties", "destination", "endpointType"));

        var endpoint = (string?)subscription.At("properties", "destination", "properties", "endpointUrl") ?? "";
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.ProcessEvidenceBlob&code=", endpoint, StringComparison.Ordinal);
        Assert.Contains("/host/default", endpoint, StringComparison.Ordinal);
        Assert.Contains(".systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);

        var topic = Assert.Single(Template.Defined("Microsoft.EventGrid/systemTopics"));
        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic.At("properties", "topicType"));
    }

    [Fact]
    public void Evidence_is_scanned_for_malware_on_upload_when_enabled()
    {
        var appData = Template.Module("appDataStorage");
        Assert.Equal("[parameters('enableMalwareScanning')]", (string?)appData.At("properties", "parameters", "enableMalwareScanning", "value"));
        var defender = Template.Defined("Microsoft.Security/defenderForStorageSettings");
        Assert.All(defender, d => Assert.Equal(JsonValueKind.True, d.At("properties", "malwareScanning", "onUpload", "isEnabled")?.GetValueKind()));
    }
}
