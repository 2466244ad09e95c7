using Microsoft.Extensions.DependencyInjection;
using XjKeji.Functions.Configuration;

namespace XjKeji.Functions.Tests;

/// <summary>
/// The configuration keys the worker reads are declared in <see cref="FunctionsConfigurationKeys"/>, and those Azure must
/// set are app settings (<see cref="AppSettingNames"/>, which the Bicep is checked against): a key read in code but never
/// deployed would leave production on a default meant for a laptop.
/// </summary>
public sealed class ConfigurationKeysTests
{
    /// <summary>
    /// Keys that Azure must set but <see cref="AppSettingNames"/> does not list yet. Each is a production gap, reported by
    /// the skipped test below; move a key out of here when its app setting lands.
    /// </summary>
    private static readonly string[] KnownGaps = [];

    [Fact]
    public void Every_key_the_wiring_reads_is_declared()
    {
        var recording = new RecordingConfiguration(AzureSettings.Configuration());
        using (var services = AzureSettings.Services(recording))
        {
            // Adapters read some keys only when first created: create every registered service once.
            foreach (var descriptor in new ServiceCollection().AddLogging().AddXjKejiFunctionsHost(recording).Where(d => !d.ServiceType.ContainsGenericParameters))
            {
                _ = services.GetServices(descriptor.ServiceType).ToList();
            }
        }

        var undeclared = recording.Reads.Where(read => !FunctionsConfigurationKeys.All.Any(key => Covers(key, read, ':')));
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_key_Azure_must_set_is_an_app_setting()
    {
        var missing = FunctionsConfigurationKeys.SetInAzure.Except(KnownGaps).Where(key => !IsAppSetting(key));
        Assert.Empty(missing);
    }

    [Fact]
    public void The_workflow_mailbox_and_portal_link_are_app_settings() =>
        Assert.All([FunctionsConfigurationKeys.WorkflowPortalBaseUrl, FunctionsConfigurationKeys.WorkflowOfficerEmail], key => Assert.True(IsAppSetting(key), key));

    [Fact]
    public void Optional_keys_are_not_required_to_start()
    {
        // Azure sets none of the optional keys beyond AppSettingNames; the container must still build and resolve.
        using var services = AzureSettings.Services(AzureSettings.Configuration());
        Assert.NotNull(services.GetRequiredService<App.Http.ApiDispatcher>());
    }

    [Fact]
    public void The_declared_keys_are_distinct_and_either_required_or_optional()
    {
        Assert.Equal(FunctionsConfigurationKeys.All.Count, FunctionsConfigurationKeys.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(FunctionsConfigurationKeys.SetInAzure.Intersect(FunctionsConfigurationKeys.Optional, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>An app setting names the key, or a key under it when the key is a section (<c>SendGrid</c> ↔ <c>SendGrid__ApiKey</c>).</summary>
    private static bool IsAppSetting(string key)
    {
        var setting = key.Replace(":", "__", StringComparison.Ordinal);
        return AppSettingNames.All.Any(name => Covers(setting, name, '_'));
    }

    /// <summary>True when <paramref name="read"/> is <paramref name="key"/> or lies under it.</summary>
    private static bool Covers(string key, string read, char separator) =>
        string.Equals(key, read, StringComparison.OrdinalIgnoreCase)
        || (read.StartsWith(key, StringComparison.OrdinalIgnoreCase) && read.Length > key.Length && read[key.Length] == separator);
}
